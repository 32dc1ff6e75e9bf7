"""``manage.py orbis_context --name <name>``: find or create an OrbisDB context and print ``ORBIS_CONTEXT_ID=<id>``.

Where it looks, in order (the first hit wins; nothing is written when found):

1. the OrbisDB node's registered contexts (its admin settings: the env's slot on a shared node), by name under the
   given parent — needs ``ORBIS_ORBISDB_URL`` and ``ORBIS_ORBISDB_ADMIN_SESSION``;
2. the Ceramic node's index of the context model: context documents this server's admin key wrote, by name and
   parent. This is what makes a second run find the first one's context without an OrbisDB node.

When neither has it, the context document is created on the Ceramic node, signed by the admin key
(``ORBIS_CERAMIC_ADMIN_SEED``), in OrbisDB's context model (``OrbisDBContext``, deployed by the same key when the
node lacks it: a mainnet model's ID cannot be reproduced on another node; OrbisDB never checks a context's model), and
registered on the OrbisDB node when an admin session is configured.
"""
from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from orbis_export import orbisdb
from orbis_export.ceramic import CeramicError, StreamID, list_genesis
from orbis_export.errors import OrbisError


class Command(BaseCommand):
    help = ("Find an OrbisDB context by name (on the OrbisDB node, else among this server's context documents on the "
            "Ceramic node) or create it (a document of OrbisDB's context model, signed by the admin key, registered "
            "on the OrbisDB node when ORBIS_ORBISDB_ADMIN_SESSION is set), and print ORBIS_CONTEXT_ID=<id> to keep. "
            "Running it again finds the same context and writes nothing.")

    def add_arguments(self, parser):
        parser.add_argument("--name", required=True, help="the context's name (found by it)")
        parser.add_argument("--description", default="", help="its description (used only when it is created)")
        parser.add_argument("--parent", default="", help="the stream ID of a parent context (a sub-context)")
        parser.add_argument("--context-model", default="",
                            help="write the document in this existing context model instead of deploying "
                                 "OrbisDB's context model with the admin key")

    def handle(self, *args, **options):
        from orbis_export.modeldeploy import admin_key, ensure_indexed
        from orbis_export.target import SyncTarget, ceramic_client

        name, parent = options["name"].strip(), options["parent"].strip() or None
        try:
            content = orbisdb.context_content(name, options["description"].strip(), parent)
        except orbisdb.OrbisDBError as exc:
            raise CommandError(f"--name: {exc.message}") from None
        for option, value in (("--parent", parent), ("--context-model", options["context_model"].strip())):
            try:
                if value:
                    StreamID.parse(value)
            except (CeramicError, ValueError):
                raise CommandError(f"{option}: not a Ceramic stream ID: {value!r}") from None
        odb = orbisdb.client_from_settings()
        found: str | None = None
        try:
            # 1. the OrbisDB node's registered contexts
            if odb is None:
                self.stdout.write("no OrbisDB node configured (ORBIS_ORBISDB_URL): cannot check its contexts; "
                                  "looking among this server's context documents on the Ceramic node")
            elif not odb.has_admin:
                self.stdout.write("OrbisDB: no admin session (ORBIS_ORBISDB_ADMIN_SESSION), so its contexts cannot "
                                  "be read or registered; looking on the Ceramic node")
            else:
                hit = odb.find_context_by_name(odb.contexts(), name, parent)
                if hit is not None:
                    self.stdout.write(f"found on the OrbisDB node: context {hit['stream_id']} named {name!r}")
                    found = str(hit["stream_id"])
            key = admin_key()
            if found is None:
                with ceramic_client(SyncTarget.from_settings(), timeout=60.0) as client:
                    # 2. our own context documents on the Ceramic node (the model indexed there, before any write)
                    model = options["context_model"].strip() or str(
                        client.deploy_model(key, orbisdb.context_model_definition()))
                    ensure_indexed(client, model)
                    ours = [s for s in client.iter_collection(model, account=key.did)
                            if orbisdb.same_context(s.content, name, parent)]
                    if ours:
                        found = str(sorted(ours, key=lambda s: str(s.stream_id))[0].stream_id)
                        self.stdout.write(f"found on the Ceramic node: context {found} named {name!r}")
                    else:
                        # 3. create it
                        state = client.create(list_genesis(key, model, content))
                        found = str(state.stream_id)
                        self.stdout.write(f"created context {found} named {name!r} on the Ceramic node "
                                          f"{client.url} (model {model}, controller {key.did})")
                    if odb is not None and odb.has_admin:
                        try:
                            known = odb.ensure_context(found, name, parent, content.get("description") or "")
                        except orbisdb.OrbisDBUnavailable as exc:
                            if not parent or exc.status != 500:
                                raise
                            # server/routes/api/contexts/index.js calls findContextById without importing it
                            raise CommandError(
                                f"context {found} exists on the Ceramic node, but the OrbisDB node failed to register "
                                f"it under {parent} ({exc.message}); some OrbisDB builds cannot register sub-contexts "
                                "through their API: add it in Studio under its parent (Contexts → the parent → Add "
                                f"a sub-context → Import existing context → {found}), then keep the line below: "
                                f"ORBIS_CONTEXT_ID={found}") from None
                        where = f" (slot {odb.env})" if odb.env else ""
                        self.stdout.write(f"OrbisDB{where}: context " + ("already registered" if known
                                                                          else "registered now"))
                    elif odb is not None:
                        self.stdout.write("OrbisDB: register it in Studio (Contexts → Import existing context → "
                                          "paste the ID), or set ORBIS_ORBISDB_ADMIN_SESSION and run this again")
        except orbisdb.OrbisDBError as exc:
            raise CommandError(f"OrbisDB node {settings.ORBIS.orbisdb_url}: {exc.message}") from None
        except CeramicError as exc:
            raise CommandError(f"Ceramic node {settings.ORBIS.ceramic_url}: {exc.message}") from None
        except OrbisError as exc:
            raise CommandError(exc.detail) from None
        finally:
            if odb is not None:
                odb.close()
        self.stdout.write("# keep this setting (.env or environment):")
        self.stdout.write(f"ORBIS_CONTEXT_ID={found}")
