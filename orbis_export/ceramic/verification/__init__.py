"""Independent verification of Ceramic streams: a data consumer checks a dataset from any node, trusting neither the
server that wrote it nor the node's own verdict (pure Python, no Django).

    from orbis_export.ceramic.verification import verify_stream, verify_streams
    verdict = verify_stream("http://127.0.0.1:7007", stream_id, model=model_id, blocks="http://127.0.0.1:5011")
    verdict.verified, verdict.controller, verdict.commit_count, verdict.failure  # failure: index, cid, reason, message

``blocks`` is where the CACAO and anchor-proof blocks come from (the Ceramic HTTP API does not return them): the
IPFS RPC API beside the node, a gateway (:class:`GatewayBlocks`), or blocks you hold; each is hash-checked.
"""
from .blocks import BlockSource, CheckedBlocks, GatewayBlocks, IpfsRpcBlocks, MappingBlocks, block_sources
from .result import AnchorReport, CommitReport, Failure, Reason, StreamVerdict
from .stream import verify_stream, verify_streams

__all__ = [
    "AnchorReport",
    "BlockSource",
    "CheckedBlocks",
    "CommitReport",
    "Failure",
    "GatewayBlocks",
    "IpfsRpcBlocks",
    "MappingBlocks",
    "Reason",
    "StreamVerdict",
    "block_sources",
    "verify_stream",
    "verify_streams",
]
