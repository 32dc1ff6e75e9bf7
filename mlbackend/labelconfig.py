"""What to predict, read from the label config Label Studio sends (never hard-coded control names)."""
from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from dataclasses import dataclass

TEXT_OBJECTS = ("Text", "HyperText")
MAX_CONFIG_BYTES = 256 * 1024


class ConfigError(ValueError):
    """The label config has nothing this classifier can predict; the message says why."""


@dataclass(frozen=True)
class ChoicesTarget:
    from_name: str  # the Choices control's name
    to_name: str  # the Text object it labels
    value_key: str  # the task data field holding the text ($review → "review")
    choices: tuple[str, ...]
    config_sha: str

    def as_dict(self) -> dict:
        return {"from_name": self.from_name, "to_name": self.to_name, "value_key": self.value_key,
                "choices": list(self.choices), "config_sha": self.config_sha}

    @classmethod
    def from_dict(cls, data: dict) -> "ChoicesTarget":
        return cls(data["from_name"], data["to_name"], data["value_key"], tuple(data["choices"]), data["config_sha"])

    def label_of(self, result: list) -> str | None:
        """The chosen label of this control in an annotation's result (single choice), or None."""
        for item in result or []:
            if (isinstance(item, dict) and item.get("from_name") == self.from_name
                    and item.get("type", "choices").lower() == "choices"):
                picked = (item.get("value") or {}).get("choices") or []
                if len(picked) == 1 and picked[0] in self.choices:
                    return picked[0]
        return None


def config_sha(config: str) -> str:
    return hashlib.sha256(config.encode("utf-8")).hexdigest()[:16]


def parse(config: str) -> ChoicesTarget:
    """The first Choices control whose toName is a Text/HyperText object with a ``$field`` value."""
    if not isinstance(config, str) or not config.strip():
        raise ConfigError("no label config: send the project's label config (Label Studio sends it as 'schema' on "
                          "setup and 'label_config' on predict)")
    if len(config.encode("utf-8")) > MAX_CONFIG_BYTES:
        raise ConfigError(f"label config larger than {MAX_CONFIG_BYTES} bytes")
    try:
        root = ET.fromstring(config)
    except ET.ParseError as exc:
        raise ConfigError(f"label config is not valid XML: {exc}") from None
    objects = {el.get("name"): el for el in root.iter() if el.tag in TEXT_OBJECTS and el.get("name")}
    seen = []
    for control in root.iter("Choices"):
        name, to_name = control.get("name"), control.get("toName")
        seen.append(name)
        obj = objects.get(to_name)
        if not name or obj is None:
            continue
        value = obj.get("value") or ""
        if not value.startswith("$") or len(value) < 2:
            continue
        choices = tuple(dict.fromkeys(c.get("value") for c in control.iter("Choice") if c.get("value")))
        if len(choices) < 2:
            continue
        return ChoicesTarget(name, to_name, value[1:], choices, config_sha(config))
    if not seen:
        raise ConfigError("the label config has no <Choices> control: this backend classifies text into choices")
    raise ConfigError(f"no <Choices> control ({', '.join(map(str, seen))}) labels a <Text> object with a $field value "
                      "and at least two <Choice> values")
