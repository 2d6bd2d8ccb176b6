"""compose.yaml cannot run here (no container runtime in CI), so check what would break it: the
files it mounts and builds from, the modules it starts, start order and health, scalability."""
import importlib.util
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = yaml.safe_load((ROOT / "compose.yaml").read_text())
SERVICES = COMPOSE["services"]
PYTHON_SERVICES = ("init", "gateway", "executor", "nl-to-sql", "recorder", "demo")
WORKERS = ("executor", "nl-to-sql", "recorder")


def test_every_part_of_the_system_is_there():
    assert {"rabbitmq", "postgres", *PYTHON_SERVICES} <= set(SERVICES)


def test_rabbitmq_is_the_official_management_image_with_the_repo_config_plugins_and_topology():
    rabbit = SERVICES["rabbitmq"]
    assert rabbit["image"].startswith("rabbitmq:") and rabbit["image"].endswith("-management")
    mounts = {m.split(":")[1]: m.split(":")[0] for m in rabbit["volumes"] if m.startswith("./")}
    assert mounts["/etc/rabbitmq/rabbitmq.conf"] == "./rabbitmq.conf"
    assert mounts["/etc/rabbitmq/enabled_plugins"] == "./broker/enabled_plugins"
    # rabbitmq.conf loads its definitions from where compose mounts them.
    assert "load_definitions = /etc/rabbitmq/definitions.json" in (ROOT / "rabbitmq.conf").read_text()
    assert mounts["/etc/rabbitmq/definitions.json"] == "./broker/definitions.json"
    plugins = (ROOT / "broker" / "enabled_plugins").read_text()
    assert all(p in plugins for p in ("rabbitmq_stomp", "rabbitmq_web_stomp", "rabbitmq_management"))
    for config in rabbit.get("configs", []):
        assert config["source"] in COMPOSE["configs"]


def test_bind_mounts_and_build_context_exist():
    for name, service in SERVICES.items():
        for mount in service.get("volumes", []):
            source = mount.split(":")[0]
            if source.startswith("./"):
                assert (ROOT / source).exists(), f"{name} mounts missing {source}"
            else:
                assert source in COMPOSE.get("volumes", {}), f"{name}: undeclared volume {source}"
    for name in PYTHON_SERVICES:
        assert SERVICES[name]["build"] == ".", name
    dockerfile = (ROOT / "Dockerfile").read_text()
    for copied in ("broker", "contracts", "gateway", "services", "scripts"):
        assert f"COPY {copied} ./{copied}" in dockerfile


@pytest.mark.parametrize("name", PYTHON_SERVICES)
def test_each_python_service_starts_an_existing_module(name):
    command = SERVICES[name]["command"]
    assert command[:2] == ["python", "-m"]
    module = command[2]
    spec = importlib.util.find_spec(module)
    assert spec is not None, f"{name}: no module {module}"
    if spec.submodule_search_locations:  # a package runs its __main__
        assert importlib.util.find_spec(module + ".__main__") is not None, f"{name}: {module} has no __main__"


def test_start_order_waits_for_healthy_dependencies():
    for name, service in SERVICES.items():
        for dep, rule in (service.get("depends_on") or {}).items():
            assert dep in SERVICES, f"{name} depends on unknown {dep}"
            if rule["condition"] == "service_healthy":
                assert "healthcheck" in SERVICES[dep], f"{dep} has no healthcheck"
    for name in ("gateway", *WORKERS):
        deps = SERVICES[name]["depends_on"]
        assert deps["rabbitmq"]["condition"] == "service_healthy"
        assert deps["postgres"]["condition"] == "service_healthy"
        assert deps["init"]["condition"] == "service_completed_successfully"
    assert "healthcheck" in SERVICES["gateway"]


@pytest.mark.parametrize("name", WORKERS)
def test_workers_can_be_scaled(name):
    """`--scale` needs no fixed container name and no host port per replica."""
    service = SERVICES[name]
    assert "container_name" not in service and "ports" not in service


@pytest.mark.parametrize("name", PYTHON_SERVICES)
def test_services_are_configured_by_querycast_variables_pointing_at_compose_hosts(name):
    env = SERVICES[name]["environment"]
    assert all(key.startswith("QUERYCAST_") for key in env)
    assert "@rabbitmq:5672" in env["QUERYCAST_AMQP_URL"]
    assert "@postgres:5432/" in env["QUERYCAST_DATABASE_URL"]


def test_published_ports_stay_on_loopback():
    for name, service in SERVICES.items():
        for port in service.get("ports", []):
            assert port.startswith("127.0.0.1:"), f"{name} publishes {port} on every interface"


RABBIT_NODES = ("rabbitmq", "rabbitmq-2", "rabbitmq-3")


def test_the_cluster_profile_adds_two_nodes_that_join_the_first_and_grow_the_quorum_queues():
    members = [SERVICES[name] for name in RABBIT_NODES[1:]]
    assert all(m["profiles"] == ["cluster"] for m in members)
    assert "profiles" not in SERVICES["rabbitmq"]  # the single node runs without the profile
    join = COMPOSE["configs"]["rabbitmq-join"]["content"]
    assert "cluster_formation.classic_config.nodes.1 = rabbit@rabbitmq" in join
    for member in members:
        assert "rabbitmq-join" in [c["source"] for c in member["configs"]]
        assert member["depends_on"]["rabbitmq"]["condition"] == "service_healthy"
    cookies = {SERVICES[name]["environment"]["RABBITMQ_ERLANG_COOKIE"] for name in RABBIT_NODES}
    assert len(cookies) == 1  # one cookie, or the nodes cannot talk
    grow = " ".join(SERVICES["rabbitmq-replicas"]["command"])
    assert "grow" in grow and all(f"rabbit@{n}" in grow for n in RABBIT_NODES)


def test_rabbitmq_image_is_pinned_to_a_release_and_the_same_on_every_node():
    images = {SERVICES[name]["image"] for name in (*RABBIT_NODES, "rabbitmq-replicas")}
    assert len(images) == 1
    image = images.pop()
    version = image.split(":", 1)[1].split("@")[0].removesuffix("-management")
    assert version.count(".") == 2 and all(p.isdigit() for p in version.split(".")), image


@pytest.mark.parametrize("name", PYTHON_SERVICES)
def test_services_list_every_broker_node(name):
    env = SERVICES[name]["environment"]
    for node in RABBIT_NODES:
        assert f"@{node}:5672/" in env["QUERYCAST_AMQP_URL"]
        assert f"ws://{node}:15674/ws" in env["QUERYCAST_WEB_STOMP_URL"]


def test_the_header_does_not_scale_nl_to_sql_onto_one_embedded_index():
    header = (ROOT / "compose.yaml").read_text().split("\nx-", 1)[0]
    assert "--scale nl-to-sql" not in header
    assert "nl-to-sql" in header  # and says why it stays at one replica


@pytest.mark.parametrize("name,variable", [("executor", "QUERYCAST_EXECUTOR_METRICS_PORT"),
                                           ("nl-to-sql", "QUERYCAST_NL_TO_SQL_METRICS_PORT"),
                                           ("recorder", "QUERYCAST_RECORDER_METRICS_PORT")])
def test_workers_serve_metrics_inside_the_network(name, variable):
    env = SERVICES[name]["environment"]
    assert 1 <= int(env[variable]) <= 65535 and env["QUERYCAST_METRICS_HOST"] == "0.0.0.0"
