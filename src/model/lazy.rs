//! Reading an ONNX file without holding its weights twice.
//!
//! Decoding a whole `ModelProto` (what tract's `proto_model_for_path` does) keeps every
//! initializer's bytes in memory next to the file mapping, and the weights copied out of them
//! come on top: about three times the file at the peak. This reader walks the protobuf wire
//! format itself: nodes are decoded (they are small), initializers are only located — name,
//! element type, dimensions and the span of their `raw_data` in the file — and each one is read
//! from the file when it is asked for, then dropped by the caller.
//!
//! Wire format: <https://protobuf.dev/programming-guides/encoding/>. Field numbers from
//! `onnx.proto`: ModelProto.graph = 7; GraphProto.node = 1, .initializer = 5;
//! TensorProto.dims = 1, .data_type = 2, .name = 8, .raw_data = 9, .data_location = 14.

use std::cell::RefCell;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

use prost::Message;
use tract_onnx::pb::{GraphProto, NodeProto, TensorProto};

use crate::error::{Error, Result};

/// Where the bytes are: a file read at offsets, or a slice the caller holds.
enum Bytes<'a> {
    File(RefCell<std::fs::File>, u64),
    Memory(&'a [u8]),
}

impl Bytes<'_> {
    fn len(&self) -> u64 {
        match self {
            Bytes::File(_, len) => *len,
            Bytes::Memory(b) => b.len() as u64,
        }
    }

    fn read_at(&self, offset: u64, buf: &mut [u8]) -> std::io::Result<()> {
        match self {
            Bytes::File(f, _) => {
                let mut f = f.borrow_mut();
                f.seek(SeekFrom::Start(offset))?;
                f.read_exact(buf)
            }
            Bytes::Memory(b) => {
                let start = usize::try_from(offset).map_err(|_| std::io::ErrorKind::UnexpectedEof)?;
                let src = b.get(start..start + buf.len()).ok_or(std::io::ErrorKind::UnexpectedEof)?;
                buf.copy_from_slice(src);
                Ok(())
            }
        }
    }
}

/// Sequential reads over `[pos, end)` with a small window, for the parts that are scanned.
struct Cursor<'b, 'a> {
    bytes: &'b Bytes<'a>,
    pos: u64,
    end: u64,
    window: Vec<u8>,
    window_start: u64,
}

impl<'b, 'a> Cursor<'b, 'a> {
    const WINDOW: usize = 1 << 16;

    fn new(bytes: &'b Bytes<'a>, pos: u64, end: u64) -> Self {
        Cursor { bytes, pos, end, window: Vec::new(), window_start: 0 }
    }

    fn done(&self) -> bool {
        self.pos >= self.end
    }

    fn byte(&mut self) -> std::io::Result<u8> {
        if self.pos >= self.end {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        let in_window = self.pos >= self.window_start && self.pos < self.window_start + self.window.len() as u64;
        if !in_window {
            let n = (self.end - self.pos).min(Self::WINDOW as u64) as usize;
            self.window.resize(n, 0);
            self.bytes.read_at(self.pos, &mut self.window)?;
            self.window_start = self.pos;
        }
        let b = self.window[(self.pos - self.window_start) as usize];
        self.pos += 1;
        Ok(b)
    }

    fn varint(&mut self) -> std::io::Result<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(std::io::Error::new(std::io::ErrorKind::InvalidData, "varint longer than 10 bytes"))
    }

    /// The next field: (number, wire type).
    fn key(&mut self) -> std::io::Result<(u64, u8)> {
        let k = self.varint()?;
        Ok((k >> 3, (k & 7) as u8))
    }

    /// Length of a length-delimited field, checked against the end of the enclosing message.
    fn len(&mut self) -> std::io::Result<u64> {
        let n = self.varint()?;
        if n > self.end - self.pos.min(self.end) {
            return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, "field runs past its message"));
        }
        Ok(n)
    }

    fn skip(&mut self, wire: u8) -> std::io::Result<()> {
        let n = match wire {
            0 => {
                self.varint()?;
                0
            }
            1 => 8,
            2 => self.len()?,
            5 => 4,
            _ => return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, "unsupported wire type")),
        };
        if n > self.end.saturating_sub(self.pos) {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        self.pos += n;
        Ok(())
    }

    fn bytes(&mut self, n: u64) -> std::io::Result<Vec<u8>> {
        let mut v = vec![0; usize::try_from(n).map_err(|_| std::io::ErrorKind::InvalidData)?];
        self.bytes.read_at(self.pos, &mut v)?;
        self.pos += n;
        Ok(v)
    }
}

/// An 8-bit initializer's `(signed, dims, bytes)`.
pub type ByteTensor = (bool, Vec<usize>, Vec<u8>);

/// Where an initializer is in the file.
#[derive(Debug, Clone)]
pub struct TensorRef {
    /// Its name.
    pub name: String,
    /// `[offset, len]` of the whole TensorProto.
    span: (u64, u64),
    /// ONNX element type, dims, and `[offset, len]` of `raw_data` when the tensor keeps its
    /// data there (not in external data or typed fields).
    raw: Option<(i32, Vec<i64>, (u64, u64))>,
}

impl TensorRef {
    /// The dims written in the file, when the tensor keeps its data in `raw_data`.
    pub fn dims(&self) -> Option<&[i64]> {
        self.raw.as_ref().map(|(_, dims, _)| dims.as_slice())
    }
}

/// A graph whose nodes are decoded and whose initializers are read on demand.
pub struct LazyGraph<'a> {
    bytes: Bytes<'a>,
    /// The graph's nodes (and any other fields), with no initializers.
    pub graph: GraphProto,
    /// The initializers, located.
    pub tensors: Vec<TensorRef>,
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> Error + '_ {
    move |e| Error::Onnx { path: path.to_path_buf(), message: format!("reading the protobuf: {e}") }
}

impl<'a> LazyGraph<'a> {
    /// Scans the file at `path`.
    pub fn open_file(path: &Path) -> Result<LazyGraph<'static>> {
        let f = std::fs::File::open(path).map_err(|source| Error::Io { path: path.into(), source })?;
        let len = f.metadata().map_err(|source| Error::Io { path: path.into(), source })?.len();
        LazyGraph::scan(Bytes::File(RefCell::new(f), len), path)
    }

    /// Scans an in-memory copy of a file (`label` names it in errors).
    pub fn open_memory(bytes: &'a [u8], label: &Path) -> Result<LazyGraph<'a>> {
        Self::scan(Bytes::Memory(bytes), label)
    }

    fn scan(bytes: Bytes<'a>, path: &Path) -> Result<LazyGraph<'a>> {
        let err = io(path);
        let (mut graph, mut tensors) = (GraphProto::default(), Vec::new());
        let mut found = false;
        let mut model = Cursor::new(&bytes, 0, bytes.len());
        while !model.done() {
            let (field, wire) = model.key().map_err(&err)?;
            if field != 7 || wire != 2 {
                model.skip(wire).map_err(&err)?;
                continue;
            }
            found = true;
            let n = model.len().map_err(&err)?;
            let mut g = Cursor::new(&bytes, model.pos, model.pos + n);
            model.pos += n;
            while !g.done() {
                let (field, wire) = g.key().map_err(&err)?;
                match (field, wire) {
                    (5, 2) => {
                        let n = g.len().map_err(&err)?;
                        tensors.push(Self::locate(&bytes, g.pos, n).map_err(&err)?);
                        g.pos += n;
                    }
                    (1, 2) => {
                        let n = g.len().map_err(&err)?;
                        let buf = g.bytes(n).map_err(&err)?;
                        let node = NodeProto::decode(&buf[..])
                            .map_err(|e| Error::Onnx { path: path.into(), message: format!("node: {e}") })?;
                        graph.node.push(node);
                    }
                    _ => g.skip(wire).map_err(&err)?,
                }
            }
        }
        if !found {
            return Err(Error::Graph { path: path.into(), message: "the file has no graph".into() });
        }
        Ok(LazyGraph { bytes, graph, tensors })
    }

    /// Name, type, dims and raw-data span of the TensorProto at `[pos, pos + n)`.
    fn locate(bytes: &Bytes, pos: u64, n: u64) -> std::io::Result<TensorRef> {
        let mut c = Cursor::new(bytes, pos, pos + n);
        let (mut name, mut dtype, mut dims, mut raw, mut external) = (String::new(), 0i32, Vec::new(), None, false);
        while !c.done() {
            let (field, wire) = c.key()?;
            match (field, wire) {
                (1, 0) => dims.push(c.varint()? as i64),
                (1, 2) => {
                    let end = c.len()? + c.pos;
                    while c.pos < end {
                        dims.push(c.varint()? as i64);
                    }
                }
                (2, 0) => dtype = c.varint()? as i32,
                (8, 2) => {
                    let len = c.len()?;
                    name = String::from_utf8_lossy(&c.bytes(len)?).into_owned();
                }
                (9, 2) => {
                    let len = c.len()?;
                    raw = Some((c.pos, len));
                    c.pos += len;
                }
                (14, 0) => external = c.varint()? == 1,
                _ => c.skip(wire)?,
            }
        }
        let raw = raw.filter(|_| !external).map(|span| (dtype, dims, span));
        Ok(TensorRef { name, span: (pos, n), raw })
    }

    /// The bytes of a one-byte-per-element initializer (ONNX UINT8 or INT8) kept in `raw_data`:
    /// `(signed, dims, bytes)`, read into one buffer; `None` for anything else.
    pub fn bytes(&self, t: &TensorRef) -> Result<Option<ByteTensor>> {
        let Some((dtype @ (2 | 3), dims, (off, len))) = &t.raw else { return Ok(None) };
        let dims: Option<Vec<usize>> = dims.iter().map(|&d| usize::try_from(d).ok()).collect();
        let Some(dims) = dims else { return Ok(None) };
        if dims.iter().try_fold(1usize, |a, &d| a.checked_mul(d)).map(|n| n as u64) != Some(*len) {
            return Ok(None);
        }
        let err = io(Path::new(&t.name));
        let n = usize::try_from(*len).map_err(|_| err(std::io::ErrorKind::InvalidData.into()))?;
        let mut buf = vec![0u8; n];
        self.bytes.read_at(*off, &mut buf).map_err(err)?;
        Ok(Some((*dtype == 3, dims, buf)))
    }

    /// Whether the float32 initializer `t` (kept in `raw_data`) holds the values of `table`,
    /// read in small chunks (nothing the size of the tensor is allocated). With `transposed =
    /// Some((rows, cols))` the file holds `[rows][cols]` and `table` is `[cols][rows]`. `None`
    /// when `t` is not a raw float32 tensor of the same size.
    pub fn equals_f32(&self, t: &TensorRef, table: &[f32], transposed: Option<(usize, usize)>) -> Result<Option<bool>> {
        let Some((1, _, (off, len))) = &t.raw else { return Ok(None) };
        if *len != table.len() as u64 * 4 {
            return Ok(None);
        }
        let err = io(Path::new(&t.name));
        let mut buf = vec![0u8; 1 << 16];
        let mut k = 0usize;
        let mut pos = *off;
        while pos < off + len {
            let n = ((off + len - pos) as usize).min(buf.len());
            self.bytes.read_at(pos, &mut buf[..n]).map_err(&err)?;
            for c in buf[..n].chunks_exact(4) {
                let v = f32::from_le_bytes([c[0], c[1], c[2], c[3]]);
                let want = match transposed {
                    None => table[k],
                    Some((_, cols)) => table[(k % cols) * (table.len() / cols) + k / cols],
                };
                if v.to_bits() != want.to_bits() {
                    return Ok(Some(false));
                }
                k += 1;
            }
            pos += n as u64;
        }
        Ok(Some(true))
    }

    /// The initializer `t` as a tract tensor (external data resolved against `dir`).
    pub fn tensor(&self, t: &TensorRef, dir: Option<&str>) -> Result<tract_onnx::prelude::Tensor> {
        let path = Path::new(&t.name);
        let err = io(path);
        if let Some((dtype, dims, (off, len))) = &t.raw
            && let Some(tensor) = raw_tensor(*dtype, dims, *len, |buf| self.bytes.read_at(*off, buf)).map_err(&err)?
        {
            return Ok(tensor);
        }
        // Anything else (typed fields, external data, unusual types): decode it whole.
        let n = usize::try_from(t.span.1).map_err(|_| err(std::io::ErrorKind::InvalidData.into()))?;
        let mut buf = vec![0u8; n];
        self.bytes.read_at(t.span.0, &mut buf).map_err(&err)?;
        let proto = TensorProto::decode(&buf[..])
            .map_err(|e| Error::Onnx { path: path.into(), message: format!("initializer: {e}") })?;
        drop(buf);
        let fw = tract_onnx::onnx();
        tract_onnx::tensor::load_tensor(&*fw.provider, &proto, dir).map_err(|e| Error::onnx(path, e))
    }
}

/// A tensor read straight from little-endian `raw_data` into its own buffer (one copy of the
/// bytes in memory, never two) for the plain numeric types the engine reads (f32, u8, i8, f16,
/// i32, i64); `None` for other types.
fn raw_tensor(
    dtype: i32,
    dims: &[i64],
    len: u64,
    read: impl FnOnce(&mut [u8]) -> std::io::Result<()>,
) -> std::io::Result<Option<tract_onnx::prelude::Tensor>> {
    use tract_onnx::prelude::{DatumType, Tensor};
    let dt = match dtype {
        1 => DatumType::F32,
        2 => DatumType::U8,
        3 => DatumType::I8,
        6 => DatumType::I32,
        7 => DatumType::I64,
        10 => DatumType::F16,
        _ => return Ok(None),
    };
    let shape: Option<Vec<usize>> = dims.iter().map(|&d| usize::try_from(d).ok()).collect();
    let Some(shape) = shape else { return Ok(None) };
    let bad = |m: String| std::io::Error::new(std::io::ErrorKind::InvalidData, m);
    // The size comes from the file's dims: it must be the raw_data's length (itself within the
    // file) before anything is allocated.
    let bytes = shape.iter().try_fold(dt.size_of(), |a, &d| a.checked_mul(d));
    if bytes.map(|b| b as u64) != Some(len) {
        return Err(bad(format!("raw_data of {len} bytes does not match dims {dims:?}")));
    }
    // SAFETY: `dt` is a plain numeric type: any bytes are a valid value, and dropping the
    // tensor before it is filled reads nothing. It is filled below before it is returned.
    let mut t = unsafe { Tensor::uninitialized_dt(dt, &shape) }.map_err(|e| bad(e.to_string()))?;
    read(t.as_bytes_mut())?;
    if cfg!(target_endian = "big") {
        // ONNX raw_data is little-endian; swap each element in place.
        for c in t.as_bytes_mut().chunks_exact_mut(dt.size_of()) {
            c.reverse();
        }
    }
    Ok(Some(t))
}
