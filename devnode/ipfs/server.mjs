// Offline js-ipfs node serving the Kubo-compatible RPC API on loopback, for the
// local Ceramic dev node (Ceramic runs with ipfs.mode "remote", IPFS_FLAVOR=go).
//
// Usage: node server.mjs --repo DIR --port PORT [--host 127.0.0.1]
//   or set DEVNODE_IPFS_REPO / DEVNODE_IPFS_PORT / DEVNODE_IPFS_HOST.
//
// What differs from a stock js-ipfs daemon, and why:
// - offline, no swarm, no bootstrap, no MDNS/webRTCStar, no routing, no preload:
//   one node needs no libp2p networking (and it breaks on dependency drift);
// - pubsub is an in-process bus: offline js-ipfs has no pubsub, Ceramic needs
//   subscribe/publish; every message is delivered to the local subscribers as
//   a message `from` this peer (Ceramic ignores its own messages, as with Kubo);
// - id() of this node reports one loopback placeholder address (offline js-ipfs
//   reports none and Ceramic's healthcheck then calls IPFS unreachable);
// - Promise.withResolvers is polyfilled for Node 20 (a transitive dependency uses it).

if (typeof Promise.withResolvers !== 'function') {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value: function withResolvers () {
      let resolve
      let reject
      const promise = new this((res, rej) => {
        resolve = res
        reject = rej
      })
      return { promise, resolve, reject }
    }
  })
}

function parseArgs (argv) {
  const out = {
    repo: process.env.DEVNODE_IPFS_REPO,
    port: process.env.DEVNODE_IPFS_PORT,
    host: process.env.DEVNODE_IPFS_HOST || '127.0.0.1'
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const eq = arg.indexOf('=')
    const name = eq >= 0 ? arg.slice(0, eq) : arg
    const takeValue = () => {
      if (eq >= 0) return arg.slice(eq + 1)
      if (i + 1 >= argv.length) fail(`missing value for ${name}`)
      return argv[++i]
    }
    if (name === '--repo') out.repo = takeValue()
    else if (name === '--port') out.port = takeValue()
    else if (name === '--host') out.host = takeValue()
    else fail(`unknown argument: ${arg}`)
  }
  if (!out.repo) fail('no repo directory (--repo DIR or DEVNODE_IPFS_REPO)')
  const port = Number(out.port)
  if (!Number.isInteger(port) || port <= 0 || port > 65535) fail(`bad or missing API port: ${out.port}`)
  out.port = port
  return out
}

function fail (message) {
  console.error(`ipfs-devnode: ${message}`)
  process.exit(2)
}

function withTimeout (promise, ms, what) {
  let timer
  return Promise.race([
    promise,
    new Promise((resolve) => {
      timer = setTimeout(() => {
        console.error(`ipfs-devnode: ${what} did not finish within ${ms} ms, going on`)
        resolve()
      }, ms)
    })
  ]).finally(() => clearTimeout(timer))
}

/**
 * Pubsub replacement: a topic -> handlers map inside this process.
 * Mirrors the ipfs-core pubsub API used by ipfs-http-server.
 */
function createLocalPubsub (peerId) {
  const topics = new Map() // topic -> Set<handler>
  let seq = BigInt(Date.now()) * 1000000n

  const callHandler = (handler, msg) => {
    try {
      if (typeof handler === 'function') handler(msg)
      else if (handler != null && typeof handler.handleEvent === 'function') handler.handleEvent(msg)
    } catch (err) {
      console.error('ipfs-devnode: pubsub handler failed:', err)
    }
  }

  const unsubscribe = async (topic, handler) => {
    const set = topics.get(topic)
    if (set == null) return
    if (handler == null) set.clear()
    else set.delete(handler)
    if (set.size === 0) topics.delete(topic)
  }

  return {
    async subscribe (topic, handler, options = {}) {
      if (typeof topic !== 'string' || topic.length === 0) throw new Error('a topic is required')
      if (options.signal?.aborted) return
      let set = topics.get(topic)
      if (set == null) {
        set = new Set()
        topics.set(topic, set)
      }
      set.add(handler)
      options.signal?.addEventListener('abort', () => { unsubscribe(topic, handler) }, { once: true })
    },
    unsubscribe,
    async publish (topic, data, _options = {}) {
      if (typeof topic !== 'string' || topic.length === 0) throw new Error('a topic is required')
      if (data == null) throw new Error('data is required')
      seq += 1n
      const msg = {
        type: 'signed',
        from: peerId,
        topic,
        data: data instanceof Uint8Array ? data : new Uint8Array(data),
        sequenceNumber: seq,
        // Nobody verifies pubsub signatures on a one-node network; these are
        // the fields a signed message carries, not a real signature.
        key: peerId.publicKey ?? new Uint8Array(0),
        signature: new Uint8Array(0)
      }
      const handlers = [...(topics.get(topic) ?? [])]
      // deliver after publish() returns, like a real network would
      setImmediate(() => { for (const h of handlers) callHandler(h, msg) })
    },
    async ls () {
      return [...topics.keys()]
    },
    async peers (_topic) {
      return []
    }
  }
}

const args = parseArgs(process.argv.slice(2))

const { create } = await import('ipfs-core')
const { HttpApi } = await import('ipfs-http-server')
const { multiaddr } = await import('@multiformats/multiaddr')

const apiAddr = `/ip4/${args.host}/tcp/${args.port}`
const offlineConfig = {
  Addresses: { Swarm: [], API: apiAddr, Gateway: '', Delegates: [] },
  Bootstrap: [],
  Discovery: { MDNS: { Enabled: false }, webRTCStar: { Enabled: false } },
  Routing: { Type: 'none' },
  Pubsub: { Enabled: true }
}

const ipfs = await create({
  repo: args.repo,
  offline: true,
  silent: true,
  preload: { enabled: false },
  init: { emptyRepo: true },
  config: offlineConfig,
  start: true
})

// The repo keeps the config of its first start: set what matters every time.
await ipfs.config.set('Addresses.API', apiAddr)
await ipfs.config.set('Addresses.Swarm', [])
await ipfs.config.set('Addresses.Gateway', '')
await ipfs.config.set('Bootstrap', [])

const self = await ipfs.id()
const selfId = self.id
const selfIdStr = selfId.toString()
const placeholderAddr = multiaddr(`/ip4/127.0.0.1/tcp/4001/p2p/${selfIdStr}`)

const originalId = ipfs.id.bind(ipfs)
ipfs.id = async function id (options = {}) {
  const asked = options.peerId
  if (asked == null || asked.toString() === selfIdStr) {
    const { peerId: _ignored, ...rest } = options
    const info = await originalId(rest)
    if (info.addresses == null || info.addresses.length === 0) {
      return { ...info, addresses: [placeholderAddr] }
    }
    return info
  }
  return originalId(options)
}

ipfs.pubsub = createLocalPubsub(selfId)

const api = new HttpApi(ipfs)
await api.start()
console.log(`ipfs-devnode: API listening on http://${args.host}:${args.port} (peer ${selfIdStr}, repo ${args.repo})`)

let stopping = false
async function shutdown (signal) {
  if (stopping) return
  stopping = true
  console.log(`ipfs-devnode: ${signal} received, stopping`)
  // Ceramic keeps a pubsub stream open: do not wait long for the API to drain.
  await withTimeout(api.stop(), 2000, 'stopping the HTTP API')
  await withTimeout(ipfs.stop(), 5000, 'stopping IPFS')
  console.log('ipfs-devnode: stopped')
  process.exit(0)
}

process.on('SIGTERM', () => { shutdown('SIGTERM') })
process.on('SIGINT', () => { shutdown('SIGINT') })
