"""python -m devnode {install,start,restart,stop,status} — see --help. Exit codes: 0 ok, 1 error."""
from __future__ import annotations

import argparse
import json
import signal
import sys
import time
from pathlib import Path

from . import ctl


def _print_node(node: ctl.RunningNode) -> None:
    print(f"ceramic  {node.url}")
    print(f"ipfs     {node.ipfs_url}")
    print(f"pids     ceramic={node.pids.get('ceramic')} ipfs={node.pids.get('ipfs')}")
    print(f"data     {node.data_dir}")
    print(f"logs     {node.log_dir}")


def _port(text: str) -> int:
    value = int(text)
    if not 0 < value < 65536:
        raise argparse.ArgumentTypeError(f"{text} is not a TCP port")
    return value


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m devnode", description="Local Ceramic dev node (js-ceramic + offline IPFS)")
    sub = p.add_subparsers(dest="command", required=True)

    i = sub.add_parser("install", help="npm ci the node parts if their lockfiles changed")
    i.add_argument("--quiet", action="store_true")

    last = f"the last start's, kept in <data-dir>/{ctl.SETTINGS_NAME}"
    for name, what in (("start", "start a node for a data directory"),
                       ("restart", "stop the node of a data directory if it runs, then start it again")):
        s = sub.add_parser(name, help=what, description=f"{what.capitalize()}. Ports and admin DIDs not given are "
                           f"{last}: `start --data-dir data/ceramic` brings back the node of `make run` as it was.")
        s.add_argument("--data-dir", required=True, type=Path)
        s.add_argument("--port", type=_port, help=f"Ceramic API port (default: {last}, else a free one)")
        s.add_argument("--ipfs-port", type=_port, help=f"IPFS API port (default: {last}, if still free; else a free one)")
        s.add_argument("--admin-did", action="append", default=None, metavar="DID",
                       help=f"admin did:key allowed to index models (repeatable; default: {last})")
        s.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
        s.add_argument("--stream-cache-limit", type=int, default=5000)
        s.add_argument("--timeout", type=float, default=120, help="seconds to wait for the node to be healthy")
        s.add_argument("--foreground", action="store_true", help="stay until Ctrl-C / SIGTERM, then stop the node")
        s.add_argument("--no-install", action="store_true", help="do not run the install check first")

    t = sub.add_parser("stop", help="stop the node of a data directory")
    t.add_argument("--data-dir", required=True, type=Path)
    t.add_argument("--timeout", type=float, default=15)

    u = sub.add_parser("status", help="is a node running for a data directory (exit 1 if not)")
    u.add_argument("--data-dir", required=True, type=Path)
    u.add_argument("--json", action="store_true", help="print the node as JSON")
    return p


def _say_what_is_reused(args) -> None:
    last = ctl.remembered(args.data_dir)
    reused = [f"{what} {last[key]}" for flag, key, what in (("port", "port", "port"), ("ipfs_port", "ipfs_port",
              "IPFS port")) if getattr(args, flag) is None and key in last]
    if args.admin_did is None and last.get("admin_dids"):
        reused.append("admin DID " + ", ".join(last["admin_dids"]))
    if reused:
        print(f"devnode: as last time ({args.data_dir / ctl.SETTINGS_NAME}): {'; '.join(reused)}", file=sys.stderr)
    if args.admin_did is None and not last.get("admin_dids"):
        print("devnode: note: no admin DID, so this node cannot index models; pass --admin-did did:key:… (a node "
              "started once by `make run` remembers the project's)", file=sys.stderr)


class _Stop(Exception):
    pass


def _foreground(node: ctl.RunningNode) -> int:
    def on_signal(signum, _frame):
        raise _Stop(signal.Signals(signum).name)

    old = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    print("running in the foreground; Ctrl-C stops the node", flush=True)
    code = 0
    try:
        while True:
            time.sleep(1)
            dead = [name for name, pid in node.pids.items() if not ctl._is_ours(name, pid, node.data_dir)]
            if dead:
                print(f"devnode: error: the {', '.join(dead)} process exited; see {node.log_dir}", file=sys.stderr)
                code = 1
                break
    except (_Stop, KeyboardInterrupt) as exc:
        print(f"devnode: {exc or 'interrupted'}: stopping the node", file=sys.stderr, flush=True)
    finally:
        # a second Ctrl-C must not interrupt the stop half way
        for sig in old:
            signal.signal(sig, signal.SIG_IGN)
        ctl.stop(node.data_dir)
        for sig, handler in old.items():
            signal.signal(sig, handler)
    print("stopped", flush=True)
    return code


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "install":
            ctl.ensure_installed(quiet=args.quiet)
            if not args.quiet:
                print("devnode: installed")
            return 0
        if args.command in ("start", "restart"):
            if not args.no_install:
                ctl.ensure_installed()
            if args.command == "restart" and ctl.stop(args.data_dir):
                print(f"devnode: stopped the node of {args.data_dir}", file=sys.stderr)
            _say_what_is_reused(args)
            t0 = time.monotonic()
            node = ctl.start(
                args.data_dir,
                port=args.port,
                ipfs_port=args.ipfs_port,
                admin_dids=args.admin_did,
                stream_cache_limit=args.stream_cache_limit,
                host=args.host,
                timeout=args.timeout,
            )
            print(f"devnode: healthy after {time.monotonic() - t0:.1f} s", file=sys.stderr)
            _print_node(node)
            sys.stdout.flush()
            return _foreground(node) if args.foreground else 0
        if args.command == "stop":
            stopped = ctl.stop(args.data_dir, timeout=args.timeout)
            print("stopped" if stopped else f"no node recorded in {args.data_dir}")
            return 0
        if args.command == "status":
            node = ctl.status(args.data_dir)
            if node is None:
                print(f"not running ({args.data_dir})")
                return 1
            if args.json:
                print(json.dumps({**node.__dict__, "data_dir": str(node.data_dir), "pids": dict(node.pids)}, indent=2))
            else:
                _print_node(node)
            return 0
    except ctl.DevNodeError as exc:
        print(f"devnode: error: {exc.summary}", file=sys.stderr)
        if exc.log_tail:
            print(f"--- last lines of {exc.log_path} ---", file=sys.stderr)
            print(exc.log_tail, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("devnode: interrupted", file=sys.stderr)
        return 1
    return 1


if __name__ == "__main__":
    sys.exit(main())
