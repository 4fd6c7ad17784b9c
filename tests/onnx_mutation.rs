//! The native engine's ONNX reader (a protobuf wire-format scan, initializers read on demand)
//! against damaged files: seeded random byte changes, bit flips and truncations of the fixture's
//! encoder and decoder graphs (int8, f32, fp16) load or fail with a typed error, never panic.
//! A bounded, deterministic run: 200 cases per file.

mod common;

use edgemt::engine::{NativeDecoder, NativeEncoder};
use edgemt::model::{ModelConfig, OnnxSource};

#[test]
fn damaged_onnx_files_never_panic() {
    let cfg = ModelConfig::load(&common::model_dir().join("config.json")).unwrap();
    let mut seed = 99u64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let (mut panics, mut loaded, mut refused) = (0, 0, 0);
    for file in ["decoder_model_quantized.onnx", "encoder_model.onnx", "decoder_model_fp16.onnx"] {
        let bytes = std::fs::read(common::model_dir().join(file)).unwrap();
        for case in 0..200 {
            let mut b = bytes.clone();
            match case % 3 {
                0 => {
                    for _ in 0..1 + next() % 8 {
                        let i = next() as usize % b.len();
                        b[i] = next() as u8;
                    }
                }
                1 => {
                    for _ in 0..1 + next() % 8 {
                        let i = next() as usize % b.len();
                        b[i] ^= 1 << (next() % 8);
                    }
                }
                _ => b.truncate((next() as usize % b.len()).max(1)),
            }
            let r = std::panic::catch_unwind(|| {
                let src = OnnxSource::Memory { name: file, bytes: &b };
                if file.starts_with("encoder") {
                    NativeEncoder::load(&src, &cfg).map(|_| ())
                } else {
                    NativeDecoder::load(&src, &cfg).map(|_| ())
                }
            });
            match r {
                Err(_) => panics += 1,
                Ok(Ok(())) => loaded += 1,
                Ok(Err(_)) => refused += 1,
            }
        }
    }
    eprintln!("600 damaged files: {loaded} loaded, {refused} refused with an error, {panics} panics");
    assert_eq!(panics, 0);
    assert!(refused > 100, "the damage must reach the reader: only {refused} refused");
}
