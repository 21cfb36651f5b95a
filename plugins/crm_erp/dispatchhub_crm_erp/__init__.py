"""dispatchhub-crm-erp: CRM and ERP integration.

Today it logs every delivered notification as a contact in the CRM through a signed
webhook (:mod:`dispatchhub_crm_erp.plugin`); customer sync from the CRM and pushing
completed orders to the ERP come later.
"""

from __future__ import annotations

__all__: list[str] = []
__version__ = "0.1.0"
