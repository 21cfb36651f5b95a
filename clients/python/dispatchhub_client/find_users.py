from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class FindUsers(BaseModel):
    users: "FindUsersUsers"


class FindUsersUsers(BaseModel):
    edges: list["FindUsersUsersEdges"]
    page_info: "FindUsersUsersPageInfo" = Field(alias="pageInfo")


class FindUsersUsersEdges(BaseModel):
    node: "FindUsersUsersEdgesNode"


class FindUsersUsersEdgesNode(BaseModel):
    id: str
    name: str
    phone: Optional[str]
    email: Optional[str]


class FindUsersUsersPageInfo(BaseModel):
    has_next_page: bool = Field(alias="hasNextPage")
    end_cursor: Optional[str] = Field(alias="endCursor")


FindUsers.model_rebuild()
FindUsersUsers.model_rebuild()
FindUsersUsersEdges.model_rebuild()
