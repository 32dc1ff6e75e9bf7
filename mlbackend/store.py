"""Per-project state in the data dir: the label config's target, the training set, the version counter and the
fitted model. Every write is atomic (temporary file in the same directory, fsync, rename), so a crash leaves the
previous state or the new one, never half of either. One server process per data dir (``lock_data_dir``)."""
from __future__ import annotations

import fcntl
import io
import json
import os
import re
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

import joblib

from . import classifier
from .labelconfig import ChoicesTarget, parse

STATE_VERSION = 1
UNTRAINED = "untrained"


class NotReady(Exception):
    """No model can predict yet; the message says why and what to do."""


def atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def lock_data_dir(data_dir: Path):
    """Hold an exclusive lock on the data dir for the life of the process (a second server would race the writes)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    handle = open(data_dir / "serve.lock", "w")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise SystemExit(f"another mlbackend process is serving {data_dir}; "
                         "stop it or use another --data-dir") from None
    return handle


@dataclass
class ProjectModel:
    key: str
    target: ChoicesTarget
    samples: dict[str, dict] = field(default_factory=dict)  # annotation id → {text, label, task}
    counter: int = -1
    version: str = UNTRAINED
    trained_hash: str = ""
    history: list[str] = field(default_factory=list)
    seed_note: str = ""
    reason: str = ""  # why there is no model, when there is none
    model: object = None

    def training_set(self, seed: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """The annotations, plus the seed reviews nobody has annotated (a person's label wins over the seed's)."""
        annotated = [(s["text"], s["label"]) for s in self.samples.values()]
        texts = {text for text, _ in annotated}
        return annotated + [(text, label) for text, label in seed if text not in texts]


def _safe_key(key: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9._-]{1,80}", key) or key in (".", ".."):
        raise ValueError(f"project id {key!r} must be 1–80 characters of letters, digits, '.', '_' or '-'")
    return key


class Store:
    def __init__(self, data_dir: Path, seed_csv: Path | None):
        self.data_dir = Path(data_dir)
        self.seed_csv = seed_csv
        self._lock = threading.RLock()
        self._projects: dict[str, ProjectModel] = {}

    # --- reading -----------------------------------------------------------------------------------------------
    def _dir(self, key: str) -> Path:
        return self.data_dir / "projects" / _safe_key(key)

    def get(self, key: str) -> ProjectModel | None:
        with self._lock:
            if key in self._projects:
                return self._projects[key]
            path = self._dir(key) / "state.json"
            if not path.is_file():
                return None
            state = json.loads(path.read_text(encoding="utf-8"))
            pm = ProjectModel(key=key, target=ChoicesTarget.from_dict(state["target"]), samples=state["samples"],
                              counter=state["counter"], version=state["version"],
                              trained_hash=state["trained_hash"], history=state.get("history", []),
                              seed_note=state.get("seed_note", ""), reason=state.get("reason", ""))
            model_path = self._dir(key) / f"model-{pm.trained_hash}.joblib"
            if pm.trained_hash and model_path.is_file():
                pm.model = joblib.load(model_path)  # our own file in our own data dir
            elif pm.trained_hash:
                self._refit(pm, force_version=pm.version)  # model file lost: same set, same version
            self._projects[key] = pm
            return pm

    def projects(self) -> list[str]:
        root = self.data_dir / "projects"
        return sorted(p.name for p in root.iterdir() if (p / "state.json").is_file()) if root.is_dir() else []

    def versions(self) -> list[str]:
        out = []
        for key in self.projects():
            pm = self.get(key)
            out.extend(v for v in pm.history if v not in out)
        return out

    # --- writing -----------------------------------------------------------------------------------------------
    def setup(self, key: str, label_config: str) -> ProjectModel:
        """Create the project's state from its label config, or follow a changed config (labels no longer among
        the choices are dropped from the training set). Raises ConfigError when nothing can be predicted."""
        target = parse(label_config)
        with self._lock:
            pm = self.get(key)
            if pm is None:
                pm = ProjectModel(key=key, target=target)
                self._projects[key] = pm
                self._refit(pm)
                self._save(pm)
            elif pm.target != target:
                pm.target = target
                pm.samples = {k: s for k, s in pm.samples.items() if s["label"] in target.choices}
                self._refit(pm)
                self._save(pm)
            return pm

    def update(self, key: str, label_config: str | None, upserts: dict[str, dict], removals: set[str] = frozenset(),
               replace_all: bool = False) -> ProjectModel:
        """Apply annotations (id → {text, label, task}) and removals, then refit if the training set changed."""
        with self._lock:
            pm = self.get(key) if label_config is None else self.setup(key, label_config)
            if pm is None:
                raise NotReady(f"project {key} is not set up: Label Studio calls /setup when the backend is "
                               "connected; send its label config")
            before = dict(pm.samples)
            samples = {} if replace_all else dict(pm.samples)
            for ann_id in removals:
                samples.pop(ann_id, None)
            samples.update(upserts)
            if samples == before:
                return pm
            pm.samples = samples
            self._refit(pm)
            self._save(pm)
            return pm

    def _refit(self, pm: ProjectModel, force_version: str | None = None) -> None:
        seed, pm.seed_note = classifier.seed_samples(pm.target.choices, self.seed_csv)
        training = pm.training_set(seed)
        new_hash = classifier.training_hash(training)
        if pm.model is not None and new_hash == pm.trained_hash and force_version is None:
            return
        try:
            model = classifier.fit(training)
        except ValueError as exc:
            pm.model, pm.trained_hash, pm.version = None, "", UNTRAINED
            pm.reason = (f"no model yet for choices {list(pm.target.choices)}: {exc}; {pm.seed_note}. Submit "
                         "annotations with at least two different labels and the backend trains on them "
                         "(webhook or Start Training)")
            return
        pm.model, pm.reason = model, ""
        if force_version:
            pm.version = force_version
        else:
            pm.counter = pm.counter + 1 if pm.counter >= 0 else (1 if pm.samples else 0)
            pm.version = classifier.version_name(pm.counter, training)
            pm.history.append(pm.version)
        pm.trained_hash = new_hash

    def _save(self, pm: ProjectModel) -> None:
        directory = self._dir(pm.key)
        if pm.model is not None:
            model_path = directory / f"model-{pm.trained_hash}.joblib"
            if not model_path.is_file():
                buffer = io.BytesIO()
                joblib.dump(pm.model, buffer)
                atomic_write(model_path, buffer.getvalue())
        state = {"state_version": STATE_VERSION, "project": pm.key, "target": pm.target.as_dict(),
                 "samples": pm.samples, "counter": pm.counter, "version": pm.version,
                 "trained_hash": pm.trained_hash, "history": pm.history, "seed_note": pm.seed_note,
                 "reason": pm.reason}
        atomic_write(directory / "state.json", json.dumps(state, ensure_ascii=False, indent=1).encode("utf-8"))
        for old in directory.glob("model-*.joblib"):  # keep only the current model
            if old.name != f"model-{pm.trained_hash}.joblib":
                old.unlink(missing_ok=True)

    # --- predicting --------------------------------------------------------------------------------------------
    def predict(self, pm: ProjectModel, texts: list[str]) -> tuple[str, list[tuple[str, float]]]:
        with self._lock:
            model, version, reason = pm.model, pm.version, pm.reason
        if model is None:
            raise NotReady(reason or "no model yet")
        return version, classifier.predict(model, texts)


class ReadOnlyStore(Store):
    """The same models without writing, for a process that does not own the data dir (a server may be running).
    It reads each project once, so one run predicts with one model version."""

    def _save(self, pm: ProjectModel) -> None:
        pass
