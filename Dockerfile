# One image for every querycast Python process (gateway, executor, nl-to-sql, recorder, bootstrap);
# compose.yaml picks the process with `command`.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    QUERYCAST_DATA_DIR=/var/lib/querycast

WORKDIR /app

# Dependencies first, so editing the code does not reinstall them.
COPY pyproject.toml ./
RUN mkdir -p gateway services broker contracts \
    && pip install . \
    && pip uninstall -y querycast

COPY broker ./broker
COPY contracts ./contracts
COPY gateway ./gateway
COPY services ./services
COPY scripts ./scripts
COPY rabbitmq.conf ./
RUN pip install --no-deps . \
    && useradd --system --home-dir /var/lib/querycast --create-home querycast

USER querycast
EXPOSE 8080
CMD ["python", "-m", "gateway"]
