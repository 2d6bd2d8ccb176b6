// node subscribe.js '<json>': connect, subscribe to cfg.destination, print READY once the
// subscription's RECEIPT arrived, then one JSON line per MESSAGE; exit after cfg.count messages.
// Frames the broker/gateway send (ERROR, close) are printed too so the test can assert on them.
'use strict';
const { makeClient, out } = require('./common');

const cfg = JSON.parse(process.argv[2]);
const client = makeClient(cfg);
let received = 0;

client.onConnect = (frame) => {
  out({ event: 'CONNECTED', headers: frame.headers });
  client.watchForReceipt('sub-1', () => out({ event: 'READY' }));
  client.subscribe(cfg.destination, (message) => {
    out({ event: 'MESSAGE', headers: message.headers, body: message.body });
    received += 1;
    if (cfg.count && received >= cfg.count) {
      client.deactivate().then(() => process.exit(0));
    }
  }, { receipt: 'sub-1', id: 'sub-1' });
};
client.onStompError = (frame) => out({ event: 'ERROR', headers: frame.headers, body: frame.body });
client.onWebSocketClose = (evt) => {
  out({ event: 'CLOSE', code: evt.code });
  if (!cfg.stayAfterClose) process.exit(0);
};
client.activate();
