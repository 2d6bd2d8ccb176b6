// node resilient.js '<json>': a long-lived STOMP.js client as apps write them: reconnects
// (cfg.reconnectDelay ms), subscribes to cfg.destination on every connect, and prints one JSON
// line per event: CONNECTED (with a count), READY (subscription RECEIPT), MESSAGE, ERROR
// (onStompError), CLOSE (onWebSocketClose, with the code). With cfg.ackUnknown it sends an ACK
// for a message id of no subscription, once, after the first READY, then RECEIPT-checks a
// second subscription (`sub-2`) so the test sees the session survived. With cfg.subscribeMore
// it makes that many more subscriptions, once, after the first READY (the limit test).
'use strict';
const { makeClient, out } = require('./common');

const cfg = JSON.parse(process.argv[2]);
const client = makeClient(cfg);
client.reconnectDelay = cfg.reconnectDelay || 0;
let connects = 0;
let acked = false;
let subscribedMore = false;

client.onConnect = (frame) => {
  connects += 1;
  out({ event: 'CONNECTED', count: connects, headers: frame.headers });
  client.watchForReceipt(`sub-1-${connects}`, () => {
    out({ event: 'READY', count: connects });
    if (cfg.ackUnknown && !acked) {
      acked = true;
      client.ack('T_no-such-sub@@session-unknown@@1', 'no-such-sub');
      client.watchForReceipt('sub-2', () => out({ event: 'RECEIPT', id: 'sub-2' }));
      client.subscribe(cfg.destination, () => {}, { id: 'sub-2', receipt: 'sub-2' });
    }
    if (cfg.subscribeMore && !subscribedMore) {
      subscribedMore = true;
      for (let i = 0; i < cfg.subscribeMore; i++) {
        client.subscribe(cfg.destination, () => {}, { id: `more-${i}` });
      }
    }
  });
  client.subscribe(cfg.destination, (message) => {
    out({ event: 'MESSAGE', headers: message.headers, body: message.body });
    if (cfg.ack) message.ack();
  }, { id: 'sub-1', receipt: `sub-1-${connects}`, ack: cfg.ack ? 'client-individual' : 'auto' });
};
client.onStompError = (frame) => out({ event: 'ERROR', headers: frame.headers, body: frame.body });
client.onWebSocketClose = (evt) => out({ event: 'CLOSE', code: evt.code, reason: evt.reason });
client.activate();
