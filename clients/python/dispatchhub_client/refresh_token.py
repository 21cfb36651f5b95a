from datetime import datetime
from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import UsersErrorCode


class RefreshToken(BaseModel):
    token_refresh: "RefreshTokenTokenRefresh" = Field(alias="tokenRefresh")


class RefreshTokenTokenRefresh(BaseModel):
    access_token: Optional[str] = Field(alias="accessToken")
    access_token_expires_at: Optional[datetime] = Field(alias="accessTokenExpiresAt")
    refresh_token: Optional[str] = Field(alias="refreshToken")
    refresh_token_expires_at: Optional[datetime] = Field(alias="refreshTokenExpiresAt")
    errors: list["RefreshTokenTokenRefreshErrors"]


class RefreshTokenTokenRefreshErrors(BaseModel):
    field: Optional[str]
    code: UsersErrorCode
    message: str


RefreshToken.model_rebuild()
RefreshTokenTokenRefresh.model_rebuild()
