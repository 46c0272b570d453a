// Using node-coap (yarn add coap, npm install coap): https://github.com/mcollina/node-coap
const coap = require('coap');

// Retrieving session with number 23
let req = coap.request({
  host: '10.0.1.32',
  port: 5683,
  pathname: '/v1/sessions',
  method: 'POST',
  options: {
    'Content-Format': 'application/json'
  }
});

req.on('response', res => {
  let json = JSON.parse(res.payload.toString('utf-8'));
  if (res.code === '2.01') { // Success
    // Session created
    console.log(json.sessions[0]);
  } else if (res.code === '2.00') {
    // Already exists...
  } else {
    // Some other error.
    console.error(json);
  }
});

req.write(JSON.stringify({
  number: 66,
  label: 'Yuri.',
  partySize: 3,
  goal: 200
});

// Send request
req.end();