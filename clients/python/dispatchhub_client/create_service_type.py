from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import CatalogErrorCode
from .fragments import ServiceTypeFields


class CreateServiceType(BaseModel):
    service_type_create: "CreateServiceTypeServiceTypeCreate" = Field(
        alias="serviceTypeCreate"
    )


class CreateServiceTypeServiceTypeCreate(BaseModel):
    service_type: Optional["CreateServiceTypeServiceTypeCreateServiceType"] = Field(
        alias="serviceType"
    )
    errors: list["CreateServiceTypeServiceTypeCreateErrors"]


CreateServiceTypeServiceTypeCreateServiceType = ServiceTypeFields


class CreateServiceTypeServiceTypeCreateErrors(BaseModel):
    field: Optional[str]
    code: CatalogErrorCode
    message: str


CreateServiceType.model_rebuild()
CreateServiceTypeServiceTypeCreate.model_rebuild()
