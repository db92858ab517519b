//! Prints the public surface of a generated crate as JSON, read with `syn` (the parser rustc's
//! procedural macros use), so a test can hold it against the docs: every `pub async fn` of
//! src/apis/*.rs with its parameters and return type, every struct with its fields, every enum
//! with its variants and every type alias of src/models/*.rs. Types are printed as tokens.
//!
//! Usage: sdkgen-surface <crate dir>

use quote::ToTokens;
use serde_json::{json, Value};
use std::fs;
use std::path::Path;

fn tokens<T: ToTokens>(item: &T) -> String {
    item.to_token_stream().to_string()
}

fn function(module: &str, f: &syn::ItemFn) -> Value {
    let params: Vec<Value> = f
        .sig
        .inputs
        .iter()
        .filter_map(|input| match input {
            syn::FnArg::Typed(typed) => Some(json!([tokens(&typed.pat), tokens(&typed.ty)])),
            syn::FnArg::Receiver(_) => None,
        })
        .collect();
    let returns = match &f.sig.output {
        syn::ReturnType::Default => String::from("()"),
        syn::ReturnType::Type(_, ty) => tokens(ty),
    };
    json!({
        "module": module,
        "name": f.sig.ident.to_string(),
        "async": f.sig.asyncness.is_some(),
        "params": params,
        "returns": returns,
    })
}

fn model(module: &str, item: &syn::Item) -> Option<Value> {
    match item {
        syn::Item::Struct(s) => {
            let fields: Vec<Value> = s
                .fields
                .iter()
                .map(|f| json!([f.ident.as_ref().map(|i| i.to_string()), tokens(&f.ty)]))
                .collect();
            Some(
                json!({ "module": module, "kind": "struct", "name": s.ident.to_string(), "fields": fields }),
            )
        }
        syn::Item::Enum(e) => {
            let variants: Vec<String> = e.variants.iter().map(|v| v.ident.to_string()).collect();
            Some(
                json!({ "module": module, "kind": "enum", "name": e.ident.to_string(), "variants": variants }),
            )
        }
        syn::Item::Type(t) => Some(
            json!({ "module": module, "kind": "alias", "name": t.ident.to_string(), "target": tokens(&t.ty) }),
        ),
        _ => None,
    }
}

fn parse(path: &Path) -> syn::File {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {}", path.display(), e));
    syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {}", path.display(), e))
}

fn modules(dir: &Path) -> Vec<(String, syn::File)> {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {}", dir.display(), e))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .collect();
    entries.sort();
    entries
        .into_iter()
        .map(|p| {
            let name = p
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let file = parse(&p);
            (name, file)
        })
        .collect()
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .expect("usage: sdkgen-surface <crate dir>");
    let root = Path::new(&dir);
    let mut functions = Vec::new();
    for (module, file) in modules(&root.join("src/apis")) {
        for item in &file.items {
            if let syn::Item::Fn(f) = item {
                if matches!(f.vis, syn::Visibility::Public(_))
                    && f.sig.asyncness.is_some()
                    && module != "mod"
                {
                    functions.push(function(&module, f));
                }
            }
        }
    }
    let mut models = Vec::new();
    for (module, file) in modules(&root.join("src/models")) {
        models.extend(file.items.iter().filter_map(|item| model(&module, item)));
    }
    println!("{}", json!({ "functions": functions, "models": models }));
}
