from datetime import datetime
from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import UsersErrorCode


class SignIn(BaseModel):
    token_create: "SignInTokenCreate" = Field(alias="tokenCreate")


class SignInTokenCreate(BaseModel):
    user: Optional["SignInTokenCreateUser"]
    access_token: Optional[str] = Field(alias="accessToken")
    access_token_expires_at: Optional[datetime] = Field(alias="accessTokenExpiresAt")
    refresh_token: Optional[str] = Field(alias="refreshToken")
    refresh_token_expires_at: Optional[datetime] = Field(alias="refreshTokenExpiresAt")
    errors: list["SignInTokenCreateErrors"]


class SignInTokenCreateUser(BaseModel):
    id: str
    name: str
    roles: Optional[list[str]]


class SignInTokenCreateErrors(BaseModel):
    field: Optional[str]
    code: UsersErrorCode
    message: str


SignIn.model_rebuild()
SignInTokenCreate.model_rebuild()
