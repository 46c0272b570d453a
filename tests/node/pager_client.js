// A third-party client (node-coap) exercising our pager base-station simulator.
// Usage: node pager_client.js PORT
// Prints one JSON line per step: create (2.01), create again (2.00), list, observe a change.
'use strict';
const coap = require('coap');

const port = Number(process.argv[2]);
const host = '127.0.0.1';

function request(opts, body) {
  return new Promise((resolve, reject) => {
    const req = coap.request({ host, port, ...opts });
    req.on('response', res => resolve(res));
    req.on('error', reject);
    if (body !== undefined) req.write(JSON.stringify(body));
    req.end();
  });
}

function say(step, res, extra) {
  const text = res.payload.toString('utf-8');
  console.log(JSON.stringify({ step, code: res.code, contentFormat: res.headers['Content-Format'] || null, body: text ? JSON.parse(text) : null, ...extra }));
}

async function main() {
  const json = { 'Content-Format': 'application/json' };
  say('create', await request({ method: 'POST', pathname: '/v1/sessions', options: json }, { number: 66, label: 'Yuri.', partySize: 3, goal: 200 }));
  say('create-again', await request({ method: 'POST', pathname: '/v1/sessions', options: json }, { number: 66, label: 'Yuri.', partySize: 3, goal: 200 }));
  say('list', await request({ method: 'GET', pathname: '/v1/sessions' }));

  // Observe the list, then page 66 and wait for the notification that shows it.
  await new Promise((resolve, reject) => {
    const req = coap.request({ host, port, method: 'GET', pathname: '/v1/sessions', observe: true });
    const timer = setTimeout(() => reject(new Error('no notification within 5 s')), 5000);
    req.on('error', reject);
    req.on('response', stream => {
      let count = 0;
      stream.on('data', chunk => {
        count += 1;
        const body = JSON.parse(chunk.toString('utf-8'));
        const state = body.sessions.find(s => s.number === 66).state;
        console.log(JSON.stringify({ step: count === 1 ? 'observe-first' : 'observe-notification', code: stream.code, observe: stream.headers.Observe, state }));
        if (count === 1) {
          request({ method: 'PUT', pathname: '/v1/sessions', query: 'number=66', options: json }, { action: 'page' })
            .then(res => say('page', res))
            .catch(reject);
        } else if (state === 'paged') {
          clearTimeout(timer);
          stream.close();
          resolve();
        }
      });
    });
    req.end();
  });
}

main().then(() => process.exit(0), err => { console.error(String(err)); process.exit(1); });
