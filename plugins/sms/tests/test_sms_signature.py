"""The RPC signature against the worked examples Alibaba publishes."""

from __future__ import annotations

from dispatchhub_sms.signature import percent_encode, sign, string_to_sign

# From Alibaba Cloud's SMS "HTTP protocol and signature" page.
SEND_SMS_EXAMPLE = {
    "AccessKeyId": "testId",
    "Action": "SendSms",
    "Format": "XML",
    "OutId": "123",
    "PhoneNumbers": "15300000001",
    "RegionId": "cn-hangzhou",
    "SignName": "阿里云短信测试专用",
    "SignatureMethod": "HMAC-SHA1",
    "SignatureNonce": "45e25e9b-0a6f-4070-8c85-2956eda1b466",
    "SignatureVersion": "1.0",
    "TemplateCode": "SMS_71390007",
    "TemplateParam": '{"customer":"test"}',
    "Timestamp": "2017-07-12T02:42:19Z",
    "Version": "2017-05-25",
}

# From Alibaba Cloud's generic "RPC signature mechanism" page (ECS DescribeRegions).
DESCRIBE_REGIONS_EXAMPLE = {
    "AccessKeyId": "testid",
    "Action": "DescribeRegions",
    "Format": "XML",
    "SignatureMethod": "HMAC-SHA1",
    "SignatureNonce": "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
    "SignatureVersion": "1.0",
    "Timestamp": "2016-02-23T12:46:24Z",
    "Version": "2014-05-26",
}


def test_send_sms_example_signature() -> None:
    assert sign(SEND_SMS_EXAMPLE, "testSecret") == "zJDF+Lrzhj/ThnlvIToysFRq6t4="


def test_send_sms_example_string_to_sign_starts_as_documented() -> None:
    assert string_to_sign(SEND_SMS_EXAMPLE).startswith(
        "GET&%2F&AccessKeyId%3DtestId%26Action%3DSendSms%26Format%3DXML%26OutId%3D123"
    )


def test_describe_regions_example_signature() -> None:
    assert sign(DESCRIBE_REGIONS_EXAMPLE, "testsecret") == "OLeaidS1JvxuMvnyHOwuJ+uX5qY="


def test_signature_depends_on_secret_and_parameters() -> None:
    base = sign(SEND_SMS_EXAMPLE, "testSecret")
    assert sign(SEND_SMS_EXAMPLE, "otherSecret") != base
    assert sign({**SEND_SMS_EXAMPLE, "OutId": "124"}, "testSecret") != base


def test_percent_encode_follows_pop_rules() -> None:
    assert percent_encode("a b") == "a%20b"
    assert percent_encode("*") == "%2A"
    assert percent_encode("~-_.") == "~-_."
    assert percent_encode("/+=") == "%2F%2B%3D"
    assert percent_encode("派") == "%E6%B4%BE"
