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
