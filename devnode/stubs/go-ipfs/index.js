// Placeholder for the `go-ipfs` package. The real package downloads a Kubo
// binary during install, which cannot work offline. The devnode never runs
// an embedded Kubo (Ceramic uses ipfs.mode "remote"), so asking for the
// binary path is a configuration error.
export function path() {
  throw new Error(
    'go-ipfs is a placeholder in this install (no Kubo binary); run Ceramic with ipfs.mode "remote"'
  )
}

export default { path }
