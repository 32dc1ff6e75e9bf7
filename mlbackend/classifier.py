"""The model: TF-IDF word/bigram features + multinomial logistic regression (scikit-learn), and its version name.

A version is ``tfidf-logreg-v<N>-<hash>``: N counts the fits of this project's model (0 = fitted on the seed alone),
the hash is the first 8 hex digits of sha256 over the sorted (text, label) training pairs, so two different training
sets never share a name and a reader can check which set a prediction came from.
"""
from __future__ import annotations

import csv
import hashlib
import json
import math
from pathlib import Path

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

NAME = "tfidf-logreg"
DEMO_CSV = Path(__file__).resolve().parent.parent / "label_studio_orbis" / "demo" / "movie_reviews.csv"
# The demo CSV carries no sentiment column, only star ratings; tools/make_demo_reviews.py drew them from each review's
# sentiment with exactly this mapping, so they are the reviews' own labels.
STARS_TO_SENTIMENT = {1: "Negative", 2: "Negative", 3: "Neutral", 4: "Positive", 5: "Positive"}


def training_hash(samples: list[tuple[str, str]]) -> str:
    canonical = json.dumps(sorted(samples), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:8]


def version_name(counter: int, samples: list[tuple[str, str]]) -> str:
    return f"{NAME}-v{counter}-{training_hash(samples)}"


def fit(samples: list[tuple[str, str]]) -> Pipeline:
    """Fit on (text, label) pairs; needs at least two distinct labels."""
    labels = {label for _, label in samples}
    if len(labels) < 2:
        raise ValueError(f"need at least two different labels to train, got {sorted(labels) or 'none'}")
    model = Pipeline([
        ("tfidf", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)),
        ("logreg", LogisticRegression(C=10.0, max_iter=1000)),
    ])
    model.fit([text for text, _ in samples], [label for _, label in samples])
    return model


def predict(model: Pipeline, texts: list[str]) -> list[tuple[str, float]]:
    """(label, probability of that label) per text; the probability is finite and in [0, 1]."""
    if not texts:
        return []
    probabilities = model.predict_proba(texts)
    classes = list(model.classes_)
    out = []
    for row in probabilities:
        best = int(row.argmax())
        score = float(row[best])
        out.append((classes[best], round(score, 6) if math.isfinite(score) else 0.0))
    return out


def seed_samples(choices: tuple[str, ...], csv_path: Path | None) -> tuple[list[tuple[str, str]], str]:
    """Training pairs from the demo reviews' star ratings, when the config's choices are the demo's sentiments.

    Returns (samples, why): samples empty and ``why`` saying why when the seed does not apply."""
    if csv_path is None:
        return [], "seeding is off (--no-seed)"
    wanted = set(STARS_TO_SENTIMENT.values())
    if set(choices) != wanted:
        return [], (f"the config's choices {list(choices)} are not the demo's {sorted(wanted)}, so the demo reviews' "
                    "star ratings cannot seed them")
    if not csv_path.is_file():
        return [], f"seed file {csv_path} not found"
    samples = []
    with csv_path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            stars = str(row.get("stars", "")).strip()
            text = row.get("review") or row.get("text")
            if text and stars.isdigit() and int(stars) in STARS_TO_SENTIMENT:
                samples.append((text, STARS_TO_SENTIMENT[int(stars)]))
    if not samples:
        return [], f"{csv_path} has no rows with a review and a 1–5 star rating"
    return samples, f"seeded from {len(samples)} star-rated reviews in {csv_path.name}"
