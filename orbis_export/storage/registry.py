"""Label Studio's storage-type hook (``settings.GET_STORAGE_LIST``): its own types plus Ceramic."""
from __future__ import annotations

from typing import Any


def get_storage_list() -> list[dict[str, Any]]:
    """Label Studio's own storage types plus Ceramic. Ceramic is a Target only: its ``import_list_api`` lists
    nothing (``None`` would break ``/api/tasks``) and our ``/api/storages/types`` leaves it out of the Source dialog."""
    from io_storages.functions import get_storage_list as label_studio_list

    from .api import CeramicExportStorageListAPI, CeramicNoImportListAPI

    return [*label_studio_list(), {"name": "ceramic", "title": "Ceramic (OrbisDB)",
                                   "import_list_api": CeramicNoImportListAPI,
                                   "export_list_api": CeramicExportStorageListAPI}]
