// querycast console: live status events over STOMP at /ws. By default through SockJS, which uses
// a WebSocket when it can and falls back to xhr-streaming when WebSocket is unavailable or
// blocked; `?transport=websocket` uses a raw WebSocket (STOMP.js brokerURL) instead.
"use strict";

const TOPICS = ["/topic/nl-to-sql", "/topic/query-execution"];

function wantedTransport() {
  const wanted = new URLSearchParams(location.search).get("transport");
  return wanted === "websocket" && "WebSocket" in window ? "websocket" : "sockjs";
}

const live = {
  client: null,
  connections: 0,  // STOMP sessions so far; a receipt of an older one is ignored
  transport: wantedTransport(),

  start() {
    if (this.client) return;
    const options = {
      connectHeaders: session.token ? { Authorization: `Bearer ${session.token}` } : {},
      reconnectDelay: 2000,
      heartbeatIncoming: 10000,
      heartbeatOutgoing: 10000,
      debug: () => {},
    };
    if (this.transport === "websocket") {
      options.brokerURL = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/ws`;
    } else {
      options.webSocketFactory = () => new SockJS("/ws");
    }
    const client = new StompJs.Client(options);
    client.onConnect = () => {
      // "live" only once the broker confirmed every subscription (RECEIPT): a request sent
      // before that could have its first events published to nobody.
      let pending = TOPICS.length;
      const connection = (this.connections += 1);
      for (const topic of TOPICS) {
        const receipt = `sub-${connection}-${topic}`;
        client.watchForReceipt(receipt, () => {
          pending -= 1;
          if (pending || this.client !== client || this.connections !== connection) return;
          setLive("live", "live", this.transportName(client));
          // Whatever happened while the socket was down is in the stored history.
          for (const timeline of timelines.values()) if (!timeline.finished) timeline.backfill();
        });
        client.subscribe(topic, (frame) => onStatusFrame(frame), { receipt });
      }
    };
    client.onWebSocketClose = () => { if (this.client) setLive("reconnecting", "reconnecting…"); };
    client.onStompError = (frame) => setLive("reconnecting", `live: ${frame.headers.message || "error"}`);
    client.activate();
    this.client = client;
    setLive("reconnecting", "connecting…");
  },

  // "websocket" for a raw socket; SockJS's own transport name otherwise (websocket,
  // xhr-streaming, xhr-polling, ...).
  transportName(client) {
    if (this.transport === "websocket") return "websocket";
    return client.webSocket?.transport || "sockjs";
  },

  stop() {
    const client = this.client;
    this.client = null;
    if (client) client.deactivate();
    setLive("offline", "live: offline");
  },
};

function setLive(state, text, transport) {
  const badge = $("#live");
  badge.dataset.state = state;
  if (transport) badge.dataset.transport = transport;
  badge.textContent = text.startsWith("live") ? text : `live: ${text}`;
  badge.title = transport ? `Live status updates over STOMP (${transport})` : "Live status updates over STOMP";
}

function onStatusFrame(frame) {
  let event;
  try { event = JSON.parse(frame.body); } catch { return; }
  // The topics carry every request this user may see; this page shows only its own.
  const timeline = timelines.get(event.requestId);
  if (timeline) timeline.add(event);
}
