"""The demo's published dispatch policy, written in the rules DSL (see ``docs/dsl.md``).

Realistic for the Shanghai catalog: urgent jobs go to the nearest staff on duty now who
answer quickly; booked (scheduled) jobs are not judged by who is on shift at the moment of
dispatch: technical jobs (air conditioning, water heaters, electrics, installations,
network, locks) to skilled, well-rated staff who have done the work before; everyday jobs
(cleaning, plumbing) stay in the district and spread the load.
"""

from __future__ import annotations

from typing import Final

__all__ = ["DEMO_POLICY"]

DEMO_POLICY: Final = """\
# 上海演示派单规则 / Shanghai demo dispatch rules

# 加急、紧急单：就近、有空、接单快 / urgent and emergency jobs: near, free, quick to answer
policy urgent priority 30
  applies when task.urgency in ["urgent", "emergency"]
  require available : staff.available
                      reason "不在岗 / not available"
  require skilled   : staff.skill(task.type) >= 2
                      reason "技能 {staff.skill(task.type)} 级 / skill too low"
  require capacity  : staff.active_orders < staff.max_orders
                      reason "已满 {staff.active_orders}/{staff.max_orders} / fully booked"
  require near      : distance(staff, task) <= 8 km
                      reason "距离 {distance(staff, task)} / too far"
  prefer close weight 4 : scale(distance(staff, task), best 0 km, worst 8 km)
  prefer quick weight 3 : scale(staff.avg_response_min ?? 10 min, best 1 min, worst 15 min)
  prefer light weight 2 : scale(saturation(staff), best 0, worst 1)
  tie break staff.active_orders asc
  mode push accept within 3 min, then broadcast 3 accept within 3 min, then pool
  if none: relax near to 15 km, then escalate "dispatch-desk"

# 技术类：技能高、评分好、做过同类单 / technical jobs: skilled, well rated, experienced
policy technical priority 20
  applies when task.type in ["hvac", "boiler", "electrical", "appliance_install",
                             "network", "locksmith"]
  require skilled  : staff.skill(task.type) >= 2
                     reason "技能 {staff.skill(task.type)} 级 / skill too low"
  require locks    : task.type != "locksmith" or staff.skill(task.type) >= 3
                     reason "开锁需 3 级 / locksmiths need level 3"
  require capacity : staff.active_orders < staff.max_orders
                     reason "已满 / fully booked"
  require near     : distance(staff, task) <= 12 km
                     reason "距离 {distance(staff, task)} / too far"
  prefer skill    weight 3 : scale(staff.skill(task.type), worst 2, best 5)
  prefer rating   weight 2 : scale(staff.rating(task.type) ?? staff.rating ?? 4, worst 3, best 5)
  prefer familiar weight 1 : scale(staff.done_count(task.type), worst 0, best 10)
  prefer close    weight 2 : scale(distance(staff, task), best 0 km, worst 12 km)
  mode push accept within 5 min, then pool
  if none: relax near to 20 km, then escalate "dispatch-desk"
  example "附近的熟练师傅 / a skilled fitter nearby"
    given task {type: "hvac", lat: 31.19, lon: 121.44}
    staff {skills: {hvac: 4}, ratings: {}, done_by_type: {},
           active_orders: 1, max_orders: 3, lat: 31.2, lon: 121.44}
    expect eligible
  example "开锁技能不够 / locksmith level too low"
    given task {type: "locksmith", lat: 31.19, lon: 121.44}
    staff {skills: {locksmith: 2}, ratings: {}, done_by_type: {},
           active_orders: 0, max_orders: 3, lat: 31.2, lon: 121.44}
    expect ineligible locks

# 日常单（保洁、管道）：同区域、就近、负载均衡 / everyday jobs: same district, nearby, balanced
default policy everyday
  require skilled  : staff.has_skill(task.type)
                     reason "没有该技能 / lacks the skill"
  require capacity : staff.active_orders < staff.max_orders
                     reason "已满 / fully booked"
  require region   : same_region(staff, task)
                     reason "不在 {task.region} / outside the district"
  prefer close  weight 3 : scale(distance(staff, task), best 0 km, worst 10 km)
  prefer light  weight 2 : scale(staff.orders_last_7d, best 0, worst 20)
  prefer rating weight 1 : scale(staff.rating ?? 4, worst 3, best 5)
  mode pool
  if none: neighbours, then escalate "dispatch-desk"
  example "同区域有技能 / same district, has the skill"
    given task {type: "cleaning", region: "xuhui", neighbour_regions: ["huangpu"],
                lat: 31.19, lon: 121.44}
    staff {skills: {cleaning: 1}, orders_last_7d: 3, active_orders: 0,
           max_orders: 2, region: "xuhui", lat: 31.2, lon: 121.44}
    expect eligible
"""
