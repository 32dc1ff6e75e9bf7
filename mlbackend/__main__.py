"""``python -m mlbackend serve --port 9090 --data-dir data/mlbackend``: the bundled text classifier, served over
Label Studio's ML backend protocol. Loopback only unless --host says otherwise.

LABEL_STUDIO_API_KEY (environment): a personal access token the backend uses to read annotations back from Label
Studio on START_TRAINING (Label Studio's train call); without it, the legacy token Label Studio sends on /setup."""
from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from pathlib import Path

from .classifier import DEMO_CSV


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mlbackend", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve the ML backend protocol")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: loopback only)")
    serve.add_argument("--port", type=int, default=9090)
    serve.add_argument("--data-dir", type=Path, default=Path("data/mlbackend"),
                       help="where the models, version counters and training sets are kept")
    serve.add_argument("--seed-csv", type=Path, default=DEMO_CSV,
                       help="star-rated reviews that seed the model before any annotation (default: the demo's)")
    serve.add_argument("--no-seed", action="store_true", help="no seed: no prediction until annotations arrive")
    serve.add_argument("--max-request-mb", type=float, default=64.0, help="largest request body accepted")
    serve.add_argument("--label-studio-url", default=None,
                       help="Label Studio's URL for reading annotations on START_TRAINING (default: the hostname "
                            "Label Studio sends on /setup)")
    serve.add_argument("--quiet", action="store_true", help="log errors only")
    args = parser.parse_args(argv)

    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="%(asctime)s mlbackend %(levelname)s %(message)s")
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # our own access log says the same, shorter
    from werkzeug.serving import make_server

    from .app import create_app
    from .store import lock_data_dir

    lock = lock_data_dir(args.data_dir)  # held until exit: one server per data dir
    app = create_app(args.data_dir, None if args.no_seed else args.seed_csv,
                     max_request_bytes=int(args.max_request_mb * 1024 * 1024), label_studio_url=args.label_studio_url,
                     api_key=os.environ.get("LABEL_STUDIO_API_KEY", "").strip() or None)
    server = make_server(args.host, args.port, app, threaded=True)

    def stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    print(f"mlbackend: serving Label Studio's ML backend protocol on http://{args.host}:{server.port} "
          f"(data dir {args.data_dir})", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        lock.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
