// Shared setup of the test clients: STOMP.js over a raw WebSocket (the `ws` package stands in
// for the browser's WebSocket) or over sockjs-client with one forced transport.
'use strict';
const { Client } = require('@stomp/stompjs');
const WebSocket = require('ws');
const SockJS = require('sockjs-client');

Object.assign(global, { WebSocket });

function makeClient(cfg) {
  const options = {
    connectHeaders: cfg.connectHeaders || {},
    reconnectDelay: 0,
    heartbeatIncoming: cfg.heartbeat || 0,
    heartbeatOutgoing: cfg.heartbeat || 0,
    debug: cfg.debug ? (m) => process.stderr.write(m + '\n') : () => {},
  };
  if (cfg.sockjs) {
    options.webSocketFactory = () => new SockJS(cfg.url, null, { transports: cfg.sockjs });
  } else {
    options.brokerURL = cfg.url;
  }
  return new Client(options);
}

function out(obj) {
  process.stdout.write(JSON.stringify(obj) + '\n');
}

module.exports = { makeClient, out };
