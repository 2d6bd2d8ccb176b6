"""The console's files agree with the rest of the system without a browser: every problem code has
a title a person understands, every script the page loads is there, and every vendored library
comes with its licence and pinned version."""
import re

from contracts.errors import ErrorCode
from tests.e2e.conftest import ROOT

STATIC = ROOT / "gateway" / "static"


def test_every_problem_code_has_a_friendly_title():
    common = (STATIC / "common.js").read_text()
    table = common[common.index("const PROBLEM_TITLES"):common.index("};", common.index("const PROBLEM_TITLES"))]
    titled = set(re.findall(r"^\s+([A-Z_]+):\s+\"[^\"]+\",", table, re.M))
    assert {code.value for code in ErrorCode} - titled == set()


def test_the_page_loads_only_files_that_exist_and_no_cdn():
    page = (STATIC / "index.html").read_text()
    sources = re.findall(r'(?:src|href)="(/static/[^"]+)"', page)
    assert len(sources) >= 10
    assert [s for s in sources if not (STATIC / s.removeprefix("/static/")).is_file()] == []
    assert not re.search(r'(?:src|href)="(?:https?:)?//', page)


def test_vendored_libraries_carry_their_licence_and_version():
    vendor = STATIC / "vendor"
    versions = (vendor / "VERSIONS").read_text()
    for bundle, licence, kind, package in [
            ("chart.umd.min.js", "chart.LICENSE", "The MIT License", "chart.js"),
            ("chart.umd.min.js", "kurkle-color.LICENSE", "The MIT License", "@kurkle/color"),
            ("stomp.umd.min.js", "stomp.LICENSE", "Apache License", "@stomp/stompjs"),
            ("sockjs.min.js", "sockjs.LICENSE", "The MIT License", "sockjs-client")]:
        assert (vendor / bundle).stat().st_size > 10_000, bundle
        assert kind in (vendor / licence).read_text(), licence
        assert re.search(rf"{re.escape(package)} \d+\.\d+\.\d+", versions), package
