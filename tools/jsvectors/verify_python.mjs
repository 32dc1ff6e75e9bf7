// Checks, with the reference JS libraries, what our Python code made (tests/vectors/ceramic_python.json):
// - the did-session string loads in did-session 4 and re-serializes to the same string;
// - every signed commit verifies with dids (JWS + CACAO via the EIP-191 verifier, issuer = controller);
// - the JS libraries signing the same payload with the loaded session give the same bytes;
// - predicted stream IDs equal the JS computation (dag-jose CID for signed geneses, dag-cbor for SET);
// - data commits equal ModelInstanceDocument.makeUpdateCommit for the same old/new content.
// Run by hand: `node verify_python.mjs` (exit code 1 and a message on the first mismatch).
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import assert from 'node:assert/strict'

import { DIDSession, createDIDKey } from 'did-session'
import { Cacao } from '@didtools/cacao'
import { getEIP191Verifier } from '@didtools/pkh-ethereum'
import { ModelInstanceDocument } from '@ceramicnetwork/stream-model-instance'
import { StreamID, CommitID } from '@ceramicnetwork/streamid'
import { CeramicSigner, StreamUtils } from '@ceramicnetwork/common'
import * as dagCbor from '@ipld/dag-cbor'
import * as dagJose from 'dag-jose'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import { toString as u8aToString } from 'uint8arrays'

const here = dirname(fileURLToPath(import.meta.url))
const fixture = JSON.parse(readFileSync(resolve(here, '../../tests/vectors/ceramic_python.json'), 'utf8'))
const verifiers = { ...getEIP191Verifier() }
let checks = 0
const ok = (what) => { checks += 1; console.log(`ok ${checks} - ${what}`) }

async function dagJoseCid(jws) {
  return CID.createV1(dagJose.code, await sha256.digest(dagJose.encode(jws)))
}

async function verifySigned(name, serialized, issuer) {
  const commit = StreamUtils.deserializeCommit(serialized)
  const linkCid = CID.createV1(dagCbor.code, await sha256.digest(commit.linkedBlock))
  assert.equal(linkCid.toString(), commit.jws.link.toString(), `${name}: link is not the CID of linkedBlock`)
  const capability = commit.cacaoBlock ? await Cacao.fromBlockBytes(commit.cacaoBlock) : undefined
  const verifierDid = await createDIDKey() // any DID instance can verify
  await verifierDid.verifyJWS(commit.jws, { capability, issuer, verifiers, revocationPhaseOutSecs: 24 * 3600 })
  ok(`${name}: JWS${capability ? ' + CACAO' : ''} verifies for ${issuer}`)
  return commit
}

// 1. session string
const session = await DIDSession.fromSession(fixture.session)
assert.equal(session.serialize(), fixture.session)
assert.equal(session.id, fixture.controller)
assert.equal(session.did.id, fixture.session_did)
ok('session string loads in did-session and re-serializes identically')
await Cacao.verify(session.cacao, { verifiers })
ok('session CACAO verifies (EIP-191 signature recovers to the issuer)')
const signer = CeramicSigner.fromDID(session.did)

// 2. model genesis (signed by a bare did:key)
const model = await verifySigned('model genesis', fixture.model.genesis, fixture.model.controller)
assert.equal(new StreamID(2, await dagJoseCid(model.jws)).toString(), fixture.model.stream_id)
ok('model stream ID matches')

// 3. LIST genesis: verify, re-sign the same payload in JS, compare bytes and stream ID
const list = await verifySigned('list genesis', fixture.list_genesis.genesis, fixture.controller)
const listPayload = dagCbor.decode(list.linkedBlock)
const jsList = await signer.createDagJWS(listPayload)
assert.deepEqual(StreamUtils.serializeCommit(jsList), fixture.list_genesis.genesis)
ok('JS signing the same LIST genesis gives identical bytes')
const listId = new StreamID(3, await dagJoseCid(list.jws))
assert.equal(listId.toString(), fixture.list_genesis.stream_id)
ok('LIST stream ID matches')

// 4. update: same as makeUpdateCommit
const upd = fixture.list_update
await verifySigned('list update', upd.commit, fixture.controller)
const jsUpd = await ModelInstanceDocument.makeUpdateCommit(signer, CommitID.make(listId, CID.parse(upd.prev)), upd.old, upd.new)
assert.deepEqual(StreamUtils.serializeCommit(jsUpd), upd.commit)
assert.equal((await dagJoseCid(jsUpd.jws)).toString(), upd.commit_cid)
ok('update commit equals makeUpdateCommit')

// 5. SET genesis + data commit
const setGenesis = StreamUtils.deserializeCommit(fixture.set_genesis.genesis)
const jsSet = await ModelInstanceDocument.makeGenesis({ signer }, null,
  { controller: fixture.controller, model: StreamID.fromString(fixture.model.stream_id), deterministic: true },
  fixture.set_genesis.unique)
assert.equal(u8aToString(dagCbor.encode(jsSet), 'base16'), u8aToString(dagCbor.encode(setGenesis), 'base16'))
const setId = await StreamID.fromGenesis(3, jsSet)
assert.equal(setId.toString(), fixture.set_genesis.stream_id)
ok('SET genesis and stream ID match')
await verifySigned('set data', fixture.set_data.commit, fixture.controller)
const jsSetData = await ModelInstanceDocument.makeUpdateCommit(signer, CommitID.make(setId, setId.cid), null, fixture.set_data.new)
assert.deepEqual(StreamUtils.serializeCommit(jsSetData), fixture.set_data.commit)
ok('SET data commit equals makeUpdateCommit')

console.log(`${checks} passed, 0 failed`)
