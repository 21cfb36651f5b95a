from pydantic import Field

from .base_model import BaseModel
from .fragments import ServiceTypeFields


class ServiceTypes(BaseModel):
    service_types: list["ServiceTypesServiceTypes"] = Field(alias="serviceTypes")


ServiceTypesServiceTypes = ServiceTypeFields
ServiceTypes.model_rebuild()
