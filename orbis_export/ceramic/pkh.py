"""did:pkh for Ethereum accounts: ``did:pkh:eip155:<chain id>:<address, lowercase>``."""
from __future__ import annotations

import re
from dataclasses import dataclass

from eth_utils import to_checksum_address

from .errors import CeramicConfigError

_ADDRESS = re.compile(r"^0x[0-9a-fA-F]{40}$")


def normalize_address(address: str) -> str:
    """Lowercase 0x address; refuses anything that is not 20 hex bytes."""
    if not isinstance(address, str) or not _ADDRESS.match(address):
        raise CeramicConfigError(f"not an Ethereum address: {address!r}")
    return address.lower()


def checksum_address(address: str) -> str:
    """EIP-55 mixed-case form."""
    return to_checksum_address(normalize_address(address))


def pkh_did(address: str, chain_id: int | str = 1) -> str:
    """The did:pkh of an Ethereum account (address lowercased, as did-session and OrbisDB write it)."""
    return f"did:pkh:eip155:{int(chain_id)}:{normalize_address(address)}"


@dataclass(frozen=True)
class PkhAccount:
    namespace: str
    chain_id: str
    address: str  # as written in the DID

    @property
    def did(self) -> str:
        return f"did:pkh:{self.namespace}:{self.chain_id}:{self.address}"


def parse_pkh_did(did: str) -> PkhAccount:
    parts = did.split(":") if isinstance(did, str) else []
    if len(parts) != 5 or parts[0] != "did" or parts[1] != "pkh":
        raise CeramicConfigError(f"not a did:pkh: {did!r}")
    _, _, namespace, chain_id, address = parts
    if namespace == "eip155":
        normalize_address(address)
    return PkhAccount(namespace, chain_id, address)

