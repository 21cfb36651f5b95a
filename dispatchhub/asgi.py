"""ASGI entry point for uvicorn and other servers: ``dispatchhub.asgi:app``.

Run ``dispatchhub migrate`` first (``dispatchhub serve`` does it for you).
"""

from __future__ import annotations

from dispatchhub.app import create_app
from dispatchhub.gc_tuning import tune

app = create_app()
tune()  # a serving process: what it holds now lives as long as it does
