"""``manage.py orbis_verify_stream``: check streams' signatures and capabilities on a Ceramic node, trusting no server.

Thin: the checks are :func:`orbis_export.ceramic.verification.verify_streams` (pure Python, importable by any
pipeline); this command only picks the stream IDs (given, or a project's from the ledger), the node and the block
sources, and prints the verdicts.
"""
from __future__ import annotations

import json
import sys
from collections import Counter

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from orbis_export.ceramic import Cacao, CeramicConfigError, StreamID
from orbis_export.ceramic.verification import GatewayBlocks, IpfsRpcBlocks, Reason, block_sources, verify_streams


class Command(BaseCommand):
    help = ("Verify Ceramic streams independently: every commit's signature against its did:key, the wallet's "
            "capability (CACAO: SIWE signature recovered to the controller's address, audience, resources, validity "
            "at the commit's time), the links between commits and the stream ID, read from any Ceramic node. The "
            "CACAO blocks the Ceramic API does not return come from the node's IPFS API (--ipfs), a gateway "
            "(--gateway) or the CACAOs this server holds, each checked against its hash, so none of them is trusted. "
            "Exit code 0: every stream verified; 1: some failed; 2: could not check (node unreachable, nothing to "
            "check).")

    def add_arguments(self, parser):
        parser.add_argument("stream_ids", nargs="*", metavar="streamId", help="stream IDs to verify")
        parser.add_argument("--project", type=int, action="append",
                            help="also verify every stream our ledger holds for this project (repeatable)")
        parser.add_argument("--node", help="Ceramic node URL (default: ORBIS_CERAMIC_URL)")
        parser.add_argument("--model", help="model the given stream IDs must belong to (--project: the ledger's)")
        parser.add_argument("--ipfs", help="IPFS RPC API URL for CACAO/anchor blocks (default: the local dev "
                                           "node's IPFS when --node is the local dev node)")
        parser.add_argument("--gateway", help="trustless IPFS gateway URL for CACAO/anchor blocks")
        parser.add_argument("--no-ledger-cacaos", action="store_true",
                            help="do not use the CACAOs this server holds as a block source")
        parser.add_argument("--workers", type=int, default=8, help="streams checked at once (1-32, default 8)")
        parser.add_argument("--json", action="store_true", help="print the verdicts as JSON (stdout)")

    def handle(self, *args, **options):
        if not 1 <= options["workers"] <= 32:
            raise CommandError("--workers must be between 1 and 32")
        node = (options["node"] or settings.ORBIS.ceramic_url).rstrip("/")
        groups = self._streams(options)  # [(model or None, [stream ids], {stream id: ledger status})]
        if not any(ids for _, ids, _ in groups):
            raise CommandError("nothing to verify: give stream IDs or a --project whose ledger holds streams",
                               returncode=2)
        blocks = self._block_sources(options, node)
        verdicts, ledger_status = [], {}
        for model, ids, statuses in groups:
            ledger_status.update(statuses)
            try:
                verdicts += verify_streams(node, ids, model=model, blocks=blocks, workers=options["workers"])
            except CeramicConfigError as exc:  # a malformed --node URL
                raise CommandError(f"--node: {exc.message}") from None

        failed = [v for v in verdicts if not v.verified]
        reasons = Counter(str(v.reason) for v in failed)
        summary = (f"{len(verdicts)} stream{'s' if len(verdicts) != 1 else ''} on {node}: "
                   f"{len(verdicts) - len(failed)} verified, {len(failed)} failed"
                   + (" (" + ", ".join(f"{r}: {n}" for r, n in sorted(reasons.items())) + ")" if reasons else ""))
        if options["json"]:
            self.stdout.write(json.dumps({"node": node, "verdicts": [v.as_dict() for v in verdicts],
                                          "verified": len(verdicts) - len(failed), "failed": len(failed)},
                                         indent=2, sort_keys=True))
        else:
            for v in verdicts:
                status = ledger_status.get(v.stream_id)
                note = f"  [ledger: {status}]" if status and status != "synced" and not v.verified else ""
                self.stdout.write(v.summary() + note)
            self.stdout.write(summary)
        if any(v.reason == Reason.NODE_UNAVAILABLE for v in failed):
            sys.exit(2)
        if failed:
            sys.exit(1)

    def _streams(self, options) -> list[tuple[str | None, list[str], dict[str, str]]]:
        groups: list[tuple[str | None, list[str], dict[str, str]]] = []
        given = []
        for text in options["stream_ids"]:
            try:
                given.append(str(StreamID.parse(text)))
            except CeramicConfigError as exc:
                raise CommandError(f"{text!r} is not a stream ID: {exc.message}") from None
        model = options["model"]
        if model:
            try:
                model = str(StreamID.parse(model))
            except CeramicConfigError as exc:
                raise CommandError(f"--model: {exc.message}") from None
        if given:
            groups.append((model, list(dict.fromkeys(given)), {}))
        if options["project"]:
            from projects.models import Project

            from orbis_export.models import SyncRecord

            missing = set(options["project"]) - set(Project.objects.filter(pk__in=options["project"])
                                                    .values_list("pk", flat=True))
            if missing:
                raise CommandError(f"--project: no project with id {sorted(missing)}")
            by_model: dict[str, tuple[list[str], dict[str, str]]] = {}
            rows = (SyncRecord.objects.filter(project_id__in=options["project"]).exclude(stream_id="")
                    .order_by("project_id", "id").values_list("model_id", "stream_id", "status"))
            seen = set(given)
            for model, sid, status in rows:
                ids, statuses = by_model.setdefault(model, ([], {}))
                if sid not in seen:
                    seen.add(sid)
                    ids.append(sid)
                    statuses[sid] = status
            groups += [(model or None, ids, statuses) for model, (ids, statuses) in by_model.items()]
        return groups

    def _block_sources(self, options, node: str):
        sources: list = []
        ipfs = options["ipfs"] or _local_devnode_ipfs(node)
        if ipfs:
            sources.append(IpfsRpcBlocks(ipfs))
        if options["gateway"]:
            sources.append(GatewayBlocks(options["gateway"]))
        if not options["no_ledger_cacaos"]:
            sources.append(_ledger_cacaos(options["project"] or [], options["stream_ids"]))
        return block_sources(sources)  # one hash-checked cache for every stream


def _local_devnode_ipfs(node: str) -> str | None:
    """The IPFS API of the project's own dev node, when ``node`` is that node."""
    from devnode import status

    try:
        running = status(settings.ORBIS.data_dir / "ceramic")
    except Exception:  # an unreadable record: no default, --ipfs still works
        return None
    return running.ipfs_url if running is not None and running.url.rstrip("/") == node else None


def _ledger_cacaos(projects: list[int], stream_ids: list[str]) -> dict[str, bytes]:
    """CACAOs this server holds for the streams' controllers, by CID. Not trusted: the verifier hash-checks each
    against the CID the signed commit names; a missing or altered one simply does not verify."""
    from orbis_export.models import LabelerSession, SyncRecord

    records = SyncRecord.objects.filter(project_id__in=projects) if projects else SyncRecord.objects.none()
    if stream_ids:
        records = records | SyncRecord.objects.filter(stream_id__in=stream_ids)
    controllers = set(records.values_list("controller", flat=True).distinct())
    out: dict[str, bytes] = {}
    rows = LabelerSession.objects.filter(did__in=controllers, cacao__isnull=False, cacao_cid__isnull=False)
    for cid, data in rows.values_list("cacao_cid", "cacao"):
        try:
            out[cid] = Cacao(data).block
        except CeramicConfigError:
            continue
    return out
