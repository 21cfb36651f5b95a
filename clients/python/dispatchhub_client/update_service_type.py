from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import CatalogErrorCode
from .fragments import ServiceTypeFields


class UpdateServiceType(BaseModel):
    service_type_update: "UpdateServiceTypeServiceTypeUpdate" = Field(
        alias="serviceTypeUpdate"
    )


class UpdateServiceTypeServiceTypeUpdate(BaseModel):
    service_type: Optional["UpdateServiceTypeServiceTypeUpdateServiceType"] = Field(
        alias="serviceType"
    )
    errors: list["UpdateServiceTypeServiceTypeUpdateErrors"]


UpdateServiceTypeServiceTypeUpdateServiceType = ServiceTypeFields


class UpdateServiceTypeServiceTypeUpdateErrors(BaseModel):
    field: Optional[str]
    code: CatalogErrorCode
    message: str


UpdateServiceType.model_rebuild()
UpdateServiceTypeServiceTypeUpdate.model_rebuild()
