// node features.js '<json>': everything a STOMP 1.2 client does, against cfg.url (the gateway
// with a permissive allow-list, or Web-STOMP directly): receipts, client-individual acks with a
// NACK redelivery, transactions (aborted SENDs never delivered), custom headers with 1.2
// escaping, a big text body (cfg.bigBytes, 1 MiB by default) and a binary body. Prints one
// JSON line with what it observed.
'use strict';
const { makeClient, out } = require('./common');

const cfg = JSON.parse(process.argv[2]);
const client = makeClient(cfg);
const queue = cfg.destination;
const timer = setTimeout(() => { out({ event: 'TIMEOUT' }); process.exit(2); }, 20000);

function receipt(id) {
  return new Promise((resolve) => client.watchForReceipt(id, resolve));
}

client.onStompError = (frame) => { out({ event: 'ERROR', headers: frame.headers, body: frame.body }); process.exit(1); };

client.onConnect = async () => {
  const result = { deliveries: [] };
  const big = 'x'.repeat(cfg.bigBytes || 1024 * 1024);
  const binary = new Uint8Array(512);
  for (let i = 0; i < binary.length; i++) binary[i] = (i * 7) % 256;
  let done;
  const finished = new Promise((resolve) => { done = resolve; });
  let nacked = false;

  const subReceipt = receipt('sub');
  client.subscribe(queue, (m) => {
    const tag = m.headers['x-tag'] || 'untagged';
    result.deliveries.push({ tag, redelivered: m.headers.redelivered });
    if (tag === 'nack-me' && !nacked) {
      nacked = true;
      m.nack();
      return;
    }
    if (tag === 'custom') result.custom = m.headers['x-custom'];
    if (tag === 'big') result.bigLength = m.body.length;
    if (tag === 'binary') result.binaryEqual = Buffer.from(m.binaryBody).equals(Buffer.from(binary));
    m.ack();
    if (tag === 'last') result.sawLast = true;
    if (tag === 'nack-me') result.sawRedelivery = true;
    if (result.sawLast && result.sawRedelivery) done();
  }, { id: 'sub', ack: 'client-individual', receipt: 'sub' });
  await subReceipt;
  result.subscribeReceipt = true;

  const sendReceipt = receipt('send-1');
  client.publish({ destination: queue, body: 'hello', headers: { 'x-tag': 'plain', receipt: 'send-1' } });
  await sendReceipt;
  result.sendReceipt = true;

  client.publish({ destination: queue, body: 'nack me', headers: { 'x-tag': 'nack-me' } });

  const aborted = client.begin('tx-abort');
  client.publish({ destination: queue, body: 'never', headers: { 'x-tag': 'aborted', transaction: aborted.id } });
  aborted.abort();
  const committed = client.begin('tx-commit');
  client.publish({ destination: queue, body: 'kept', headers: { 'x-tag': 'committed', transaction: committed.id } });
  committed.commit();

  client.publish({ destination: queue, body: 'c', headers: { 'x-tag': 'custom', 'x-custom': 'a:b\nc\\d' } });
  client.publish({ destination: queue, body: big, headers: { 'x-tag': 'big' } });
  client.publish({ destination: queue, binaryBody: binary,
                   headers: { 'x-tag': 'binary', 'content-type': 'application/octet-stream' } });
  client.publish({ destination: queue, body: 'end', headers: { 'x-tag': 'last' } });
  await finished;
  client.unsubscribe('sub');
  clearTimeout(timer);
  out({ event: 'RESULT', result });
  await client.deactivate();
  process.exit(0);
};
client.activate();
