"""The simulated counter's product catalogue (``data/catalogue.json``).

Each product has ``pid`` (int), ``sku`` (str), ``barcodes`` (EAN-13 strings),
``description``, ``department``, ``price`` (Decimal; tax inclusive, per kg for
weighed items) and ``measurement`` ("unit" or "kg"). In the JSON file prices are
strings with cents ("4.79") so they load exactly as Decimal. Regenerate the file with
``python -m display_app.simulator.counter.tools.make_catalogue``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any, Iterable


@dataclass(frozen=True, slots=True)
class Product:
    pid: int
    sku: str
    description: str
    department: str
    price: Decimal
    measurement: str = "unit"
    barcodes: tuple[str, ...] = ()
    plu: str | None = None

    @property
    def weighed(self) -> bool:
        return self.measurement != "unit"

    def to_dict(self) -> dict[str, Any]:
        """The product as the catalogue file spells it (price as a string with cents)."""
        out: dict[str, Any] = {
            "pid": self.pid,
            "sku": self.sku,
            "barcodes": list(self.barcodes),
            "description": self.description,
            "department": self.department,
            "price": str(self.price),
            "measurement": self.measurement,
        }
        if self.plu:
            out["plu"] = self.plu
        return out


class Catalogue:
    """Products by pid, sku and barcode."""

    def __init__(self, products: Iterable[Product]) -> None:
        self._products = list(products)
        self._by_pid = {p.pid: p for p in self._products}
        self._by_sku = {p.sku.casefold(): p for p in self._products}
        self._by_barcode = {b: p for p in self._products for b in p.barcodes}

    @classmethod
    def load(cls, path: str | Path | None = None) -> Catalogue:
        """Load a catalogue file; the packaged one by default."""
        if path is None:
            text = resources.files("display_app.simulator.counter").joinpath("data/catalogue.json").read_text(encoding="utf-8")
        else:
            text = Path(path).read_text(encoding="utf-8")
        return cls.from_json(json.loads(text))

    @classmethod
    def from_json(cls, doc: Any) -> Catalogue:
        rows = doc.get("products") if isinstance(doc, dict) else doc
        if not isinstance(rows, list):
            raise ValueError("catalogue must be a list of products or an object with 'products'")
        products = []
        for i, row in enumerate(rows):
            try:
                products.append(
                    Product(
                        pid=int(row["pid"]),
                        sku=str(row["sku"]),
                        description=str(row["description"]),
                        department=str(row.get("department", "")),
                        price=Decimal(str(row["price"])),
                        measurement=str(row.get("measurement", "unit")),
                        barcodes=tuple(str(b) for b in row.get("barcodes", ())),
                        plu=row.get("plu"),
                    )
                )
            except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
                raise ValueError(f"catalogue product #{i} is unusable: {exc!r}") from None
        return cls(products)

    def __len__(self) -> int:
        return len(self._products)

    def all(self) -> list[Product]:
        return list(self._products)

    def find(self, key: str | int) -> Product | None:
        """A product by sku (any case), barcode or pid; None when nothing matches."""
        if isinstance(key, int) and not isinstance(key, bool):
            return self._by_pid.get(key)
        text = str(key).strip()
        if not text:
            return None
        product = self._by_sku.get(text.casefold()) or self._by_barcode.get(text)
        if product is None and text.isdigit():
            product = self._by_pid.get(int(text))
        return product

    def search(self, text: str, limit: int = 20) -> list[Product]:
        """Products whose description holds every word of ``text`` (any case), or whose
        sku/barcode starts with it; exact code matches first."""
        text = text.strip()
        if not text:
            return []
        exact = self.find(text)
        found: list[Product] = [exact] if exact else []
        words = text.casefold().split()
        folded = text.casefold()
        for product in self._products:
            if len(found) >= limit:
                break
            if product is exact:
                continue
            description = product.description.casefold()
            if all(w in description for w in words) or product.sku.casefold().startswith(folded) or any(
                b.startswith(text) for b in product.barcodes
            ):
                found.append(product)
        return found[:limit]
