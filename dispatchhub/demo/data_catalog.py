"""The demo catalog: eight service types with their forms, options, policies and items.

Nothing here is random; texts are Chinese first, English second. The JSON shapes are
described in :mod:`dispatchhub.demo`.
"""

from __future__ import annotations

from typing import Any, Final

from dispatchhub.demo.data_places import REGIONS

__all__ = ["SERVICE_TYPES"]


def _field(kind: str, zh: str, en: str, **extra: Any) -> dict[str, Any]:
    """One form property; ``x-title-en`` carries the English label next to the zh ``title``."""
    return {"type": kind, "title": zh, "x-title-en": en, **extra}


def _choice(zh: str, en: str, options: dict[str, tuple[str, str]]) -> dict[str, Any]:
    """A string enum, with zh/en labels for the generated form in ``x-enum-labels``."""
    labels = {value: {"zh": lz, "en": le} for value, (lz, le) in options.items()}
    return _field("string", zh, en, enum=list(options), **{"x-enum-labels": labels})


def _form(required: list[str], **properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


_STANDARD_CANCEL: Final[dict[str, Any]] = {
    "rules": [
        {"hours_before_gte": 24, "fee_minor": 0},
        {"hours_before_gte": 2, "fee_minor": 2000},
        {"hours_before_gte": 0, "fee_percent": 50},
    ],
    "staff_en_route_fee_minor": 3000,
    "staff_fault_compensation_minor": 2000,
}
_CALL_FIRST = {"code": "call_before", "zh": "需要上门前电话联系", "en": "Call before arrival"}
_LADDER = {"code": "bring_ladder", "zh": "自带梯子", "en": "Bring a ladder"}
_SHOE_COVERS = {"code": "shoe_covers", "zh": "穿鞋套进门", "en": "Wear shoe covers"}
_INVOICE = {"code": "invoice", "zh": "需要开发票", "en": "Invoice required"}
_PETS = {"code": "pets_at_home", "zh": "家中有宠物", "en": "Pets at home"}
_ALL_REGIONS = [r["code"] for r in REGIONS]
_CENTRAL = ["huangpu", "xuhui", "jingan", "pudong", "changning", "yangpu"]

# Each entry: the ServiceType columns, plus ``items`` (code, zh, en, price fen, minutes),
# ``samples`` (values for the free-text form fields) and ``texts`` (zh and en descriptions).
SERVICE_TYPES: Final[list[dict[str, Any]]] = [
    {
        "code": "hvac", "name_zh": "空调维修", "name_en": "Air-conditioner repair",
        "description": "家用及商用空调的检修、加氟、清洗 / AC repair, refill and cleaning",
        "keywords": ["空调", "不制冷", "不制热", "漏水", "加氟", "外机", "air conditioner",
                     "aircon", "AC", "not cooling", "refrigerant"],
        "form_schema": _form(
            ["brand", "unit_count", "symptom"],
            brand=_field("string", "品牌", "Brand", minLength=1, maxLength=40),
            model=_field("string", "型号", "Model", maxLength=40),
            unit_count=_field("integer", "台数", "Units", minimum=1, maximum=20),
            ac_type=_choice("空调类型", "AC type", {
                "wall": ("挂机", "Wall-mounted"), "floor": ("柜机", "Floor-standing"),
                "central": ("中央空调", "Central")}),
            symptom=_choice("故障现象", "Symptom", {
                "not_cooling": ("不制冷", "Not cooling"), "not_heating": ("不制热", "Not heating"),
                "leaking": ("漏水", "Leaking"), "noisy": ("噪音大", "Noisy"),
                "error_code": ("显示故障码", "Error code"), "other": ("其他", "Other")}),
        ),
        "required_skills": {"hvac": 2}, "default_duration_min": 90, "price_minor": 12000,
        "special_options": [_CALL_FIRST, _LADDER, _SHOE_COVERS, _INVOICE],
        "service_regions": _ALL_REGIONS, "service_hours": {"start": "08:00", "end": "20:00"},
        "cancellation_policy": _STANDARD_CANCEL, "manual_review": False,
        "items": [("hvac_repair", "空调检修", "AC diagnosis and repair", 12000, 90),
                  ("hvac_refill", "空调加氟", "Refrigerant refill", 18000, 60),
                  ("hvac_clean", "空调深度清洗", "AC deep clean", 15000, 120)],
        "samples": {"brand": ["格力 Gree", "美的 Midea", "大金 Daikin", "海尔 Haier"],
                    "model": ["KFR-35GW", "KFR-26GW/BP", "FTXR236", "KFR-72LW"]},
        "texts": {
            "zh": [("卧室空调开了一个小时还是不制冷，外机在转但吹出来的是热风。",
                    {"symptom": "not_cooling", "unit_count": 1, "ac_type": "wall"}),
                   ("客厅柜机漏水，地板上每天都有一滩水，麻烦师傅来看看。",
                    {"symptom": "leaking", "unit_count": 1, "ac_type": "floor"}),
                   ("空调显示E1故障码，重启后还是一样，想请人检修一下。",
                    {"symptom": "error_code", "unit_count": 1}),
                   ("家里三台挂机很久没清洗了，有异味，顺便检查一下要不要加氟。",
                    {"symptom": "other", "unit_count": 3, "ac_type": "wall",
                     "_item": "hvac_clean"}),
                   ("冬天开制热没有反应，遥控器换了电池也不行。",
                    {"symptom": "not_heating", "unit_count": 1})],
            "en": [("The bedroom air conditioner runs but does not cool at all.",
                    {"symptom": "not_cooling", "unit_count": 1, "ac_type": "wall"}),
                   ("Our AC unit is leaking water onto the floor every day, please check it.",
                    {"symptom": "leaking", "unit_count": 1}),
                   ("The office central AC blows warm air, it probably needs refrigerant.",
                    {"symptom": "not_cooling", "unit_count": 4, "ac_type": "central",
                     "_item": "hvac_refill"})]},
    },
    {
        "code": "boiler", "name_zh": "热水器维修", "name_en": "Water heater / boiler repair",
        "description": "燃气、电热水器及壁挂炉维修 / Gas and electric water heaters, wall boilers",
        "keywords": ["热水器", "壁挂炉", "没有热水", "打不着火", "燃气", "water heater", "boiler",
                     "no hot water", "gas heater"],
        "form_schema": _form(
            ["heater_type", "symptom"],
            heater_type=_choice("热水器类型", "Heater type", {
                "gas": ("燃气热水器", "Gas"), "electric": ("电热水器", "Electric"),
                "wall_boiler": ("壁挂炉", "Wall boiler")}),
            brand=_field("string", "品牌", "Brand", maxLength=40),
            age_years=_field("integer", "使用年限", "Age (years)", minimum=0, maximum=30),
            symptom=_choice("故障现象", "Symptom", {
                "no_hot_water": ("没有热水", "No hot water"),
                "no_ignition": ("打不着火", "Won't ignite"),
                "leaking": ("漏水", "Leaking"),
                "temperature": ("水温不稳", "Unstable temperature")}),
        ),
        "required_skills": {"boiler": 2}, "default_duration_min": 90, "price_minor": 10000,
        "special_options": [_CALL_FIRST, _SHOE_COVERS, _INVOICE],
        "service_regions": _ALL_REGIONS, "service_hours": {"start": "08:00", "end": "21:00"},
        "cancellation_policy": _STANDARD_CANCEL, "manual_review": False,
        "items": [("boiler_repair", "热水器维修", "Water heater repair", 10000, 90),
                  ("boiler_service", "壁挂炉保养", "Wall boiler service", 16000, 120)],
        "samples": {"brand": ["林内 Rinnai", "A.O.史密斯 A.O. Smith", "万和 Vanward"]},
        "texts": {
            "zh": [("燃气热水器打不着火，打开热水龙头只听到咔咔声。",
                    {"heater_type": "gas", "symptom": "no_ignition"}),
                   ("电热水器底部漏水，已经把电源关了，请尽快上门。",
                    {"heater_type": "electric", "symptom": "leaking"}),
                   ("洗澡时水温忽冷忽热，热水器用了八年了。",
                    {"heater_type": "gas", "symptom": "temperature", "age_years": 8}),
                   ("壁挂炉入冬前想做一次保养，暖气片有点不热。",
                    {"heater_type": "wall_boiler", "symptom": "temperature",
                     "_item": "boiler_service"})],
            "en": [("No hot water since this morning, the gas heater will not ignite.",
                    {"heater_type": "gas", "symptom": "no_ignition"}),
                   ("The electric water heater is dripping from the bottom.",
                    {"heater_type": "electric", "symptom": "leaking"})]},
    },
    {
        "code": "plumbing", "name_zh": "水管疏通", "name_en": "Plumbing and drain unblocking",
        "description": "下水道、马桶、地漏疏通及水管维修 / Drains, toilets and pipe repair",
        "keywords": ["下水道", "堵了", "马桶", "地漏", "漏水", "水管", "疏通", "drain", "blocked",
                     "clogged", "toilet", "pipe", "leak"],
        "form_schema": _form(
            ["location"],
            location=_choice("堵塞位置", "Where", {
                "toilet": ("马桶", "Toilet"), "kitchen_sink": ("厨房水槽", "Kitchen sink"),
                "floor_drain": ("地漏", "Floor drain"), "basin": ("洗手盆", "Basin"),
                "pipe": ("水管", "Pipe")}),
            floor=_field("integer", "楼层", "Floor", minimum=-3, maximum=80),
            water_off=_field("boolean", "已关总阀", "Main valve closed"),
        ),
        "required_skills": {"plumbing": 1}, "default_duration_min": 60, "price_minor": 8000,
        "special_options": [_CALL_FIRST, _SHOE_COVERS, _PETS],
        "service_regions": _ALL_REGIONS, "service_hours": {"start": "07:00", "end": "22:00"},
        "cancellation_policy": _STANDARD_CANCEL, "manual_review": False,
        "items": [("plumbing_unblock", "管道疏通", "Drain unblocking", 8000, 60),
                  ("plumbing_toilet", "马桶疏通", "Toilet unblocking", 10000, 60),
                  ("plumbing_pipe", "水管维修", "Pipe repair", 15000, 90)],
        "samples": {},
        "texts": {
            "zh": [("厨房水槽下水很慢，已经用过疏通剂了还是堵。",
                    {"location": "kitchen_sink", "_item": "plumbing_unblock"}),
                   ("卫生间马桶堵了，冲水水位一直上涨。",
                    {"location": "toilet", "_item": "plumbing_toilet"}),
                   ("阳台地漏返臭味，下雨天还会往上冒水。",
                    {"location": "floor_drain", "_item": "plumbing_unblock"}),
                   ("洗手盆下面的水管接头漏水，柜子里全湿了。",
                    {"location": "pipe", "water_off": True, "_item": "plumbing_pipe"})],
            "en": [("The kitchen sink is completely blocked and smells bad.",
                    {"location": "kitchen_sink", "_item": "plumbing_unblock"}),
                   ("Toilet is clogged, water level keeps rising when flushing.",
                    {"location": "toilet", "_item": "plumbing_toilet"})]},
    },
    {
        "code": "electrical", "name_zh": "电路维修", "name_en": "Electrical repair",
        "description": "跳闸、插座、灯具及线路维修 / Tripping breakers, sockets, lights, wiring",
        "keywords": ["跳闸", "停电", "插座", "开关", "灯", "电线", "漏电", "electric", "breaker",
                     "tripping", "socket", "outlet", "light", "wiring"],
        "form_schema": _form(
            ["problem"],
            problem=_choice("问题类型", "Problem", {
                "tripping": ("频繁跳闸", "Breaker tripping"), "socket": ("插座没电", "Dead socket"),
                "lighting": ("灯具故障", "Lighting"), "wiring": ("线路老化", "Old wiring")}),
            rooms_affected=_field("integer", "涉及房间数", "Rooms affected", minimum=1, maximum=10),
            building_age=_field("integer", "房龄（年）", "Building age (years)", minimum=0,
                                maximum=100),
        ),
        "required_skills": {"electrical": 2}, "default_duration_min": 60, "price_minor": 9000,
        "special_options": [_CALL_FIRST, _LADDER, _INVOICE],
        "service_regions": _ALL_REGIONS, "service_hours": {"start": "08:00", "end": "20:00"},
        "cancellation_policy": _STANDARD_CANCEL, "manual_review": False,
        "items": [("electrical_repair", "电路检修", "Electrical fault repair", 9000, 60),
                  ("electrical_socket", "插座开关更换", "Socket and switch replacement", 6000, 45),
                  ("electrical_light", "灯具安装", "Light fitting installation", 8000, 60)],
        "samples": {},
        "texts": {
            "zh": [("家里一开微波炉就跳闸，总闸推不上去。",
                    {"problem": "tripping", "_item": "electrical_repair"}),
                   ("客厅两个插座突然没电了，其他房间正常。",
                    {"problem": "socket", "rooms_affected": 1, "_item": "electrical_socket"}),
                   ("卫生间的灯一闪一闪的，换了灯泡也没用。",
                    {"problem": "lighting", "rooms_affected": 1, "_item": "electrical_light"}),
                   ("老房子线路老化，想检查一下有没有安全隐患。",
                    {"problem": "wiring", "building_age": 30, "_item": "electrical_repair"})],
            "en": [("The breaker trips every time we use the oven.",
                    {"problem": "tripping", "_item": "electrical_repair"}),
                   ("Two sockets in the living room stopped working.",
                    {"problem": "socket", "rooms_affected": 1, "_item": "electrical_socket"})]},
    },
    {
        "code": "appliance_install", "name_zh": "家电安装", "name_en": "Appliance installation",
        "description": "洗衣机、油烟机、电视挂装等 / Washing machines, range hoods, TV mounting",
        "keywords": ["安装", "洗衣机", "油烟机", "电视", "挂架", "洗碗机", "install",
                     "washing machine",
                     "range hood", "TV mount", "dishwasher"],
        "form_schema": _form(
            ["appliance", "quantity"],
            appliance=_choice("家电", "Appliance", {
                "washing_machine": ("洗衣机", "Washing machine"),
                "range_hood": ("油烟机", "Range hood"),
                "tv": ("电视挂装", "TV wall mount"), "dishwasher": ("洗碗机", "Dishwasher")}),
            quantity=_field("integer", "数量", "Quantity", minimum=1, maximum=10),
            has_parts=_field("boolean", "配件已备齐", "Parts on site"),
        ),
        "required_skills": {"appliance_install": 2, "electrical": 1},
        "urgency_options": ["NORMAL", "URGENT"],
        "default_duration_min": 90, "price_minor": 15000,
        "special_options": [_CALL_FIRST, _SHOE_COVERS, _INVOICE],
        "service_regions": _ALL_REGIONS, "service_hours": {"start": "09:00", "end": "19:00"},
        "cancellation_policy": _STANDARD_CANCEL, "manual_review": True,
        "items": [("install_washer", "洗衣机安装", "Washing machine install", 12000, 60),
                  ("install_hood", "油烟机安装", "Range hood install", 20000, 120),
                  ("install_tv", "电视挂装", "TV wall mounting", 15000, 90)],
        "samples": {},
        "texts": {
            "zh": [("新买的油烟机到货了，需要拆掉旧的再装新的。",
                    {"appliance": "range_hood", "quantity": 1, "_item": "install_hood"}),
                   ("洗衣机刚送到，需要师傅上门安装并接好进水管。",
                    {"appliance": "washing_machine", "quantity": 1, "_item": "install_washer"}),
                   ("65寸电视要挂在客厅墙上，墙是承重墙。",
                    {"appliance": "tv", "quantity": 1, "_item": "install_tv"})],
            "en": [("Please mount a 55-inch TV on the living-room wall.",
                    {"appliance": "tv", "quantity": 1, "_item": "install_tv"}),
                   ("Two new washing machines for our serviced apartment need installing.",
                    {"appliance": "washing_machine", "quantity": 2,
                     "_item": "install_washer"})]},
    },
    {
        "code": "cleaning", "name_zh": "家政保洁", "name_en": "Home cleaning",
        "description": "日常保洁、深度保洁、开荒保洁 / Regular, deep and move-in cleaning",
        "keywords": ["保洁", "打扫", "清洁", "擦玻璃", "开荒", "cleaning", "clean", "housekeeping",
                     "deep clean", "windows"],
        "form_schema": _form(
            ["area_sqm", "cleaning_type"],
            area_sqm=_field("integer", "面积（平方米）", "Area (m²)", minimum=10, maximum=500),
            cleaning_type=_choice("保洁类型", "Cleaning type", {
                "regular": ("日常保洁", "Regular"), "deep": ("深度保洁", "Deep"),
                "move_in": ("开荒保洁", "Move-in")}),
            bedrooms=_field("integer", "卧室数", "Bedrooms", minimum=0, maximum=10),
        ),
        "required_skills": {"cleaning": 1}, "urgency_options": ["NORMAL"],
        "default_duration_min": 180, "price_minor": 20000,
        "special_options": [_CALL_FIRST, _PETS, _SHOE_COVERS],
        "service_regions": _ALL_REGIONS, "service_hours": {"start": "08:00", "end": "18:00"},
        "cancellation_policy": {
            "rules": [{"hours_before_gte": 48, "fee_minor": 0},
                      {"hours_before_gte": 12, "fee_percent": 30},
                      {"hours_before_gte": 0, "fee_percent": 100}],
            "staff_en_route_fee_minor": 5000, "staff_fault_compensation_minor": 3000},
        "manual_review": False,
        "items": [("cleaning_regular", "日常保洁（3小时）", "Regular cleaning (3 h)", 15000, 180),
                  ("cleaning_deep", "深度保洁", "Deep cleaning", 40000, 300),
                  ("cleaning_windows", "擦玻璃", "Window cleaning", 12000, 120)],
        "samples": {},
        "texts": {
            "zh": [("两室一厅日常保洁，重点打扫厨房和卫生间。",
                    {"cleaning_type": "regular", "area_sqm": 75, "bedrooms": 2,
                     "_item": "cleaning_regular"}),
                   ("新房装修完需要开荒保洁，大概120平方。",
                    {"cleaning_type": "move_in", "area_sqm": 120, "_item": "cleaning_deep"}),
                   ("春节前想做一次深度保洁，三室两厅。",
                    {"cleaning_type": "deep", "area_sqm": 110, "bedrooms": 3,
                     "_item": "cleaning_deep"}),
                   ("客厅和卧室的落地窗需要擦玻璃。",
                    {"cleaning_type": "regular", "area_sqm": 90, "_item": "cleaning_windows"})],
            "en": [("Regular cleaning for a two-bedroom flat, focus on kitchen and bathroom.",
                    {"cleaning_type": "regular", "area_sqm": 80, "bedrooms": 2,
                     "_item": "cleaning_regular"}),
                   ("Deep clean before we move out, about 90 square metres.",
                    {"cleaning_type": "deep", "area_sqm": 90, "_item": "cleaning_deep"})]},
    },
    {
        "code": "locksmith", "name_zh": "开锁换锁", "name_en": "Locksmith",
        "description": "开锁、换锁芯、安装智能锁 / Lockouts, lock cylinders, smart locks",
        "keywords": ["开锁", "换锁", "锁芯", "钥匙", "智能锁", "指纹锁", "lock", "locked out",
                     "key", "locksmith", "smart lock"],
        "form_schema": _form(
            ["lock_type", "need"],
            lock_type=_choice("锁类型", "Lock type", {
                "mechanical": ("机械锁", "Mechanical"), "smart": ("智能锁", "Smart lock"),
                "safe": ("保险柜", "Safe")}),
            need=_choice("需求", "Need", {
                "open": ("开锁", "Open"), "replace": ("换锁芯", "Replace cylinder"),
                "install": ("安装", "Install")}),
            id_verified=_field("boolean", "可出示房产或租赁证明", "Can show proof of residence"),
        ),
        "required_skills": {"locksmith": 3}, "default_duration_min": 45, "price_minor": 15000,
        "special_options": [_CALL_FIRST, _INVOICE],
        "service_regions": _ALL_REGIONS, "service_hours": {"start": "07:00", "end": "23:00"},
        "cancellation_policy": {
            "rules": [{"hours_before_gte": 0, "fee_minor": 0}],
            "staff_en_route_fee_minor": 5000, "staff_fault_compensation_minor": 3000},
        "manual_review": False,
        "items": [("lock_open", "开锁", "Lockout service", 15000, 45),
                  ("lock_cylinder", "换锁芯", "Cylinder replacement", 20000, 60),
                  ("lock_smart", "智能锁安装", "Smart lock installation", 30000, 90)],
        "samples": {},
        "texts": {
            "zh": [("入户门锁芯坏了，钥匙插进去转不动。",
                    {"lock_type": "mechanical", "need": "replace", "_item": "lock_cylinder"}),
                   ("想把防盗门锁芯换成C级的。",
                    {"lock_type": "mechanical", "need": "replace", "_item": "lock_cylinder"}),
                   ("买了一把指纹锁，需要上门安装。",
                    {"lock_type": "smart", "need": "install", "_item": "lock_smart"}),
                   ("家里的保险柜密码忘了，需要开锁，可以出示房产证。",
                    {"lock_type": "safe", "need": "open", "id_verified": True,
                     "_item": "lock_open"})],
            "en": [("The front-door lock is stiff, please replace the cylinder.",
                    {"lock_type": "mechanical", "need": "replace", "_item": "lock_cylinder"}),
                   ("Please install a smart lock on the front door.",
                    {"lock_type": "smart", "need": "install", "_item": "lock_smart"})]},
    },
    {
        "code": "network", "name_zh": "网络布线", "name_en": "Network and IT setup",
        "description": "家庭及小型办公室网络布线、路由器、监控 / Home and office networking",
        "keywords": ["网络", "网线", "路由器", "WiFi", "无线", "布线", "监控", "network", "router",
                     "wifi", "ethernet", "cabling", "CCTV"],
        "form_schema": _form(
            ["site_type", "points"],
            site_type=_choice("场所", "Site", {
                "home": ("家庭", "Home"), "office": ("办公室", "Office"),
                "shop": ("门店", "Shop")}),
            points=_field("integer", "网络点位数", "Network points", minimum=1, maximum=48),
            isp=_field("string", "宽带运营商", "Internet provider", maxLength=30),
        ),
        "required_skills": {"network": 2}, "urgency_options": ["NORMAL", "URGENT"],
        "default_duration_min": 120, "price_minor": 30000,
        "special_options": [_CALL_FIRST, _LADDER, _INVOICE],
        "service_regions": _CENTRAL, "service_hours": {"start": "09:00", "end": "18:00"},
        "cancellation_policy": _STANDARD_CANCEL, "manual_review": True,
        "items": [("network_wiring", "网络布线", "Network cabling", 30000, 180),
                  ("network_wifi", "全屋WiFi组网", "Whole-home WiFi mesh", 25000, 120)],
        "samples": {"isp": ["中国电信", "中国联通", "中国移动", "China Telecom"]},
        "texts": {
            "zh": [("家里WiFi信号覆盖不到卧室，想做一套全屋组网。",
                    {"site_type": "home", "points": 3, "_item": "network_wifi"}),
                   ("办公室新装修，需要布12个网络点位。",
                    {"site_type": "office", "points": 12, "_item": "network_wiring"}),
                   ("门店要装4个监控摄像头和一台路由器。",
                    {"site_type": "shop", "points": 5, "_item": "network_wiring"})],
            "en": [("WiFi does not reach the bedrooms, we want a mesh network set up.",
                    {"site_type": "home", "points": 3, "_item": "network_wifi"}),
                   ("Our small office needs ethernet cabling for 8 desks.",
                    {"site_type": "office", "points": 8, "_item": "network_wiring"})]},
    },
]  # fmt: skip
