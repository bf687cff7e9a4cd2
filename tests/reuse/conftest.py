"""Small hand-written articles for the reuse tests, and one shared SparkSession."""
from __future__ import annotations

import pytest

# A formulation that travels (written for these tests).
PASSAGE = "坚持把发展经济的着力点放在实体经济上，加快建设以先进制造业为骨干的现代化产业体系，推动产业链供应链优化升级。"
WORD_EDIT = PASSAGE.replace("先进制造业", "高端制造业")
CLAUSE_DROP = "坚持把发展经济的着力点放在实体经济上，推动产业链供应链优化升级。"
FILLERS = [
    "清晨的码头上，渔民们正忙着把刚捕捞的海鲜装箱外运。",
    "这所乡村小学新建了图书室，孩子们课后常常在这里读书。",
    "老街改造保留了青石板路，沿街商铺重新开张迎客。",
    "气象部门提醒，未来三天将有明显降温，请注意防寒保暖。",
    "合作社引进了新的育苗技术，今年的秧苗长势格外喜人。",
    "博物馆推出夜间开放时段，吸引不少年轻观众前来参观。",
    "社区志愿者每周上门看望独居老人，帮助打扫卫生。",
    "高铁站新开通了两条公交接驳线路，方便旅客换乘。",
    "果园里的苹果陆续成熟，果农们搭起棚子现场销售。",
    "一场春雨过后，山间的茶树冒出了嫩绿的新芽。",
    "夜市摊位整齐排开，烟火气里透着城市的活力。",
    "河道清淤工程完工后，岸边步道成了居民散步的好去处。",
    "图书馆的自助借还机投入使用，排队时间明显缩短。",
    "冬季长跑比赛在湖边举行，上千名跑者参加。",
]


def article(aid, paper, date, page, *parts):
    return {"id": aid, "paper": paper, "date": date, "page": page, "text": "".join(parts)}


@pytest.fixture
def reuse_articles():
    """Four articles share the passage (one exact, two edited); one is on the same page as
    another copy; two articles are unrelated."""
    return [
        article("p1-2024-03-01-a1", "省报", "2024-03-01", "1", FILLERS[0], PASSAGE, FILLERS[1]),
        article("p1-2024-03-01-a2", "省报", "2024-03-01", "1", FILLERS[2], PASSAGE, FILLERS[3]),  # same page as a1
        article("p2-2024-03-05-a1", "市报", "2024-03-05", "2", FILLERS[4], WORD_EDIT, FILLERS[5]),
        article("p3-2024-04-02-a1", "县报", "2024-04-02", "3", FILLERS[6], "\n", CLAUSE_DROP, FILLERS[7]),
        article("p3-2024-04-03-a1", "县报", "2024-04-03", "1", FILLERS[8], FILLERS[9]),
        article("p2-2024-04-09-a1", "市报", "2024-04-09", "4", FILLERS[10], FILLERS[11]),
    ]


@pytest.fixture(scope="session")
def spark_session():
    """One local Spark for every Spark test: two cores, few shuffle partitions, no UI."""
    pytest.importorskip("pyspark")
    from banmian.reuse.spark import session

    spark = session("local[2]", shuffle_partitions=4)
    spark.sparkContext.setLogLevel("ERROR")
    yield spark
    spark.stop()
