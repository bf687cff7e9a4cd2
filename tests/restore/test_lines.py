from hypothesis import given
from hypothesis import strategies as st

from banmian.restore.lines import _line_buckets, features, hash_features


@given(st.text(alphabet="社区食堂老年人，。！“”ab1\u3000 ", max_size=90))
def test_line_buckets_are_the_hashes_of_the_training_features(text):
    # training hashes features(text); restoring reads _line_buckets(text): one order, one hash
    assert _line_buckets(text).tolist() == hash_features(features(text)).tolist()


def test_long_lines_read_their_first_sixty_characters():
    text = "社区" * 50
    assert len(features(text)) == len(_line_buckets(text)) == 7 + 60 + 60
