// Known-answer vectors from the reference JS libraries, for tests/unit/ceramic/test_vectors.py.
// Run by hand (see README.md): `npm ci && node generate.mjs` writes ../../tests/vectors/ceramic_js.json.
// Every input is fixed, and Ed25519 / RFC 6979 ECDSA signatures are deterministic, so the output
// only changes when a library changes what it produces.
import { writeFileSync, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import { Wallet } from 'ethers'
import { Cacao, CacaoBlock, SiweMessage } from '@didtools/cacao'
import { DIDSession, createDIDKey } from 'did-session'
import { ModelInstanceDocument } from '@ceramicnetwork/stream-model-instance'
import { Model } from '@ceramicnetwork/stream-model'
import { StreamID, CommitID } from '@ceramicnetwork/streamid'
import { CeramicSigner, StreamUtils } from '@ceramicnetwork/common'
import * as dagCbor from '@ipld/dag-cbor'
import * as dagJose from 'dag-jose'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import jsonpatch from 'fast-json-patch'
import { toString as u8aToString, fromString as u8aFromString } from 'uint8arrays'

const here = dirname(fileURLToPath(import.meta.url))
const OUT = resolve(here, '../../tests/vectors/ceramic_js.json')

const hex = (b) => u8aToString(b, 'base16')
const seedFrom = (start) => Uint8Array.from({ length: 32 }, (_, i) => (start + i) & 0xff)

async function dagJoseCid(jws) {
  const bytes = dagJose.encode(jws)
  return CID.createV1(dagJose.code, await sha256.digest(bytes))
}

// --- fixed inputs (test-only keys; never use them for anything real) ---
const WALLET_KEY = '0x' + '11'.repeat(32)
const wallet = new Wallet(WALLET_KEY)
const SESSION_SEED = seedFrom(1)
const ADMIN_SEED = seedFrom(101)
const MODEL_DEFINITION = {
  name: 'OrbisLabelVectors',
  version: '2.0',
  interface: false,
  implements: [],
  accountRelation: { type: 'list' },
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    properties: { task: { type: 'integer' }, label: { type: 'string' }, score: { type: 'number' } },
    required: ['task'],
    additionalProperties: false,
  },
}

const vectors = { generated_with: {}, inputs: {}, keys: [], siwe: [], cacao: [], sessions: [], commits: {}, streams: {}, json_patch: [], dag_cbor: [] }
vectors.generated_with = {
  'did-session': '4.0.0', '@didtools/cacao': '3.0.1', dids: '5.0.3',
  '@ceramicnetwork/stream-model-instance': '5.4.0', '@ceramicnetwork/stream-model': '5.4.0',
  note: 'inputs are fixed; regenerate with `node generate.mjs`',
}
vectors.inputs = {
  wallet_private_key: WALLET_KEY,
  wallet_address: wallet.address,
  session_seed_hex: hex(SESSION_SEED),
  admin_seed_hex: hex(ADMIN_SEED),
  model_definition: MODEL_DEFINITION,
}

// --- did:key ---
for (const start of [0, 1, 101, 200]) {
  const did = await createDIDKey(seedFrom(start))
  const jws = await did.createJWS('aGVsbG8')
  vectors.keys.push({ seed_hex: hex(seedFrom(start)), did: did.id, kid: JSON.parse(u8aToString(u8aFromString(jws.signatures[0].protected, 'base64url'))).kid })
}

// --- admin did:key signs the model genesis ---
const adminDid = await createDIDKey(ADMIN_SEED)
const adminSigner = CeramicSigner.fromDID(adminDid)
const modelGenesis = await Model._makeGenesis({ signer: adminSigner }, MODEL_DEFINITION)
const modelCid = await dagJoseCid(modelGenesis.jws)
const modelId = new StreamID(Model.STREAM_TYPE_ID, modelCid)
vectors.commits.model_genesis = {
  serialized: StreamUtils.serializeCommit(modelGenesis),
  linked_block_hex: hex(modelGenesis.linkedBlock),
  genesis_cid: modelCid.toString(),
  stream_id: modelId.toString(),
}
const CONTEXT_ID = StreamID.fromString('kjzl6kcym7w8y7ktb6fskmnc1o0bplnrxxeimd55k3z4o6t9jtb3bspxm6bkhb8')
vectors.inputs.context_id = CONTEXT_ID.toString()
vectors.inputs.model_id = modelId.toString()

// --- SIWE + CACAO, signed over the lowercase and the EIP-55 text ---
const address = wallet.address.toLowerCase()
const siweCases = [
  { name: 'lowercase_text', eip55: false, statement: 'Give this application access to some of your data on Ceramic',
    resources: [`ceramic://*?model=${modelId}`] },
  { name: 'eip55_text', eip55: true, statement: 'Give this application access to some of your data on Ceramic',
    resources: [`ceramic://*?model=${modelId}`] },
  { name: 'no_statement', eip55: false, resources: [`ceramic://*?model=${modelId}`] },
  { name: 'all_fields', eip55: false, statement: 'Label Studio export', notBefore: '2026-01-01T00:00:00.000Z',
    requestId: 'req-42', resources: [`ceramic://*?model=${modelId}`, 'ceramic://*'] },
]
const sessionDidKey = await createDIDKey(SESSION_SEED)
const cacaos = {}
for (const c of siweCases) {
  const siwe = new SiweMessage({
    domain: 'labels.example.org', address, statement: c.statement, uri: sessionDidKey.id, version: '1',
    nonce: 'Nonce12345ab', issuedAt: '2026-01-01T00:00:00.000Z', expirationTime: '2099-01-01T00:00:00.000Z',
    notBefore: c.notBefore, requestId: c.requestId, chainId: '1', resources: c.resources,
  })
  const text = siwe.signMessage({ eip55: c.eip55 })
  siwe.signature = await wallet.signMessage(text)
  const cacao = Cacao.fromSiweMessage(siwe)
  const block = await CacaoBlock.fromCacao(cacao)
  cacaos[c.name] = cacao
  vectors.siwe.push({
    name: c.name, eip55: c.eip55,
    fields: { domain: siwe.domain, address, uri: siwe.uri, chain_id: '1', nonce: siwe.nonce, issued_at: siwe.issuedAt,
      expiration_time: siwe.expirationTime, not_before: c.notBefore ?? null, request_id: c.requestId ?? null,
      statement: c.statement ?? null, resources: c.resources },
    text, signature: siwe.signature,
  })
  vectors.cacao.push({ name: c.name, cacao, block_hex: hex(block.bytes), cid: block.cid.toString() })
}

// --- sessions: did-session serialize / fromSession ---
for (const name of ['lowercase_text', 'eip55_text']) {
  const did = await DIDSession.initDID(sessionDidKey, cacaos[name])
  const session = new DIDSession({ cacao: cacaos[name], keySeed: SESSION_SEED, did })
  const serialized = session.serialize()
  const again = await DIDSession.fromSession(serialized)
  if (again.serialize() !== serialized) throw new Error('did-session round trip changed the string')
  vectors.sessions.push({ name, serialized, did: session.id, session_did: did.id })
}

// --- ModelInstanceDocument commits signed by the session (lowercase-text CACAO) ---
const sessionDid = await DIDSession.initDID(sessionDidKey, cacaos.lowercase_text)
const signer = CeramicSigner.fromDID(sessionDid)
const FIXED_UNIQUE = Uint8Array.from({ length: 12 }, (_, i) => 0xa0 + i)
vectors.inputs.list_unique_hex = hex(FIXED_UNIQUE)

const listContent = { task: 7, label: 'cat', score: 0.75 }
const raw = await ModelInstanceDocument._makeRawGenesis(signer, listContent, { model: modelId, context: CONTEXT_ID })
raw.header.unique = FIXED_UNIQUE // makeGenesis draws 12 random bytes; fixed here for a known answer
const listGenesis = await signer.createDagJWS(raw)
const listCid = await dagJoseCid(listGenesis.jws)
const listId = new StreamID(ModelInstanceDocument.STREAM_TYPE_ID, listCid)
vectors.commits.list_genesis = {
  content: listContent,
  serialized: StreamUtils.serializeCommit(listGenesis),
  linked_block_hex: hex(listGenesis.linkedBlock),
  cacao_block_hex: hex(listGenesis.cacaoBlock),
  genesis_cid: listCid.toString(),
  stream_id: listId.toString(),
}

// updates: chained, each from the previous content
const updates = [
  { task: 7, label: 'dog', score: 0.5 },
  { task: 7, label: 'dog' },
  { task: 8, label: 'bird', score: 1 },
]
let prevContent = listContent
let prev = CommitID.make(listId, listCid)
vectors.commits.list_updates = []
for (const next of updates) {
  const commit = await ModelInstanceDocument.makeUpdateCommit(signer, prev, prevContent, next)
  const cid = await dagJoseCid(commit.jws)
  vectors.commits.list_updates.push({
    prev: prev.commit.toString(), old: prevContent, new: next,
    serialized: StreamUtils.serializeCommit(commit), linked_block_hex: hex(commit.linkedBlock), commit_cid: cid.toString(),
  })
  prevContent = next
  prev = CommitID.make(listId, cid)
}

// deterministic geneses (SET with unique values, SINGLE without), with and without context
const controller = cacaos.lowercase_text.p.iss
const deterministic = [
  { name: 'set', unique: ['task-7', 'ann-3'], context: CONTEXT_ID },
  { name: 'set_no_context', unique: ['x|y', 'é'], context: undefined },
  { name: 'single', unique: undefined, context: CONTEXT_ID },
]
vectors.streams.deterministic = []
for (const d of deterministic) {
  const genesis = await ModelInstanceDocument.makeGenesis({ signer }, null,
    { controller, model: modelId, context: d.context, deterministic: true }, d.unique)
  const block = dagCbor.encode(genesis)
  const id = await StreamID.fromGenesis(ModelInstanceDocument.STREAM_TYPE_ID, genesis)
  vectors.streams.deterministic.push({ name: d.name, controller, unique: d.unique ?? null, context: d.context?.toString() ?? null,
    serialized: StreamUtils.serializeCommit(genesis), block_hex: hex(block), stream_id: id.toString() })
  if (d.name === 'set') {
    const setContent = { task: 7, label: 'set-row' }
    const commit = await ModelInstanceDocument.makeUpdateCommit(signer, CommitID.make(id, id.cid), null, setContent)
    vectors.commits.set_data = { stream_id: id.toString(), content: setContent, serialized: StreamUtils.serializeCommit(commit),
      linked_block_hex: hex(commit.linkedBlock), commit_cid: (await dagJoseCid(commit.jws)).toString() }
  }
}

// --- fast-json-patch compare (what replace() sends) ---
const patchCases = [
  [{}, { a: 1 }],
  [{ a: 1 }, {}],
  [{ a: 1, b: 2, c: 3 }, { c: 4, a: 1, d: 5 }],
  [{ a: [1, 2, 3] }, { a: [1, 9] }],
  [{ a: [1] }, { a: [1, 2, 3] }],
  [{ a: { b: { c: 1 } } }, { a: { b: { c: 2, d: [] } } }],
  [{ a: [1, 2] }, { a: { 0: 1 } }],
  [{ 'x/y': 1, 'm~n': 2 }, { 'x/y': 2 }],
  [{ '10': 1, '2': 2, b: 3 }, { b: 4, '1': 5 }],
  [{ a: null }, { a: 0 }],
  [{ a: true }, { a: 1 }],
  [{ a: 1.5 }, { a: 1.5 }],
  [{ nested: [{ id: 1, v: 'a' }, { id: 2, v: 'b' }] }, { nested: [{ id: 2, v: 'b' }] }],
  [{ a: 'x' }, { a: { b: 1 } }],
]
for (const [a, b] of patchCases) vectors.json_patch.push({ old: a, new: b, ops: jsonpatch.compare(a, b) })

// --- dag-cbor ---
const cborCases = [
  { a: 1, bb: 2, c: [1, 2, 3] }, { z: 'é', aa: null, b: true, c: false }, 1.5, -0.25, 2 ** 53 - 1, -(2 ** 53 - 1),
  { text: 'ünïcödé ✓ 😀' }, [], {}, { long_key_name: 1, k: 2, kk: 3 }, 1e300,
]
for (const v of cborCases) vectors.dag_cbor.push({ value: v, hex: hex(dagCbor.encode(v)) })

mkdirSync(dirname(OUT), { recursive: true })
writeFileSync(OUT, JSON.stringify(vectors, null, 2) + '\n')
console.log(`wrote ${OUT}`)
