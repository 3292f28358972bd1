//! Drives the Rust client generated from `openapi/qarnot.yaml`.
//!
//!     qarnot-port-rust run URL TOKEN      one task end to end, a pool, the hardware constraints, a 404
//!     qarnot-port-rust decode CASES.json  decode every real body through the generated models
use std::process::ExitCode;
use std::time::{Duration, Instant};

use qarnot::apis::configuration::{ApiKey, Configuration};
use qarnot::apis::{hardware_constraints_api, pools_api, tasks_api, Error};
use qarnot::models;

// `portdecode::decode(schema, body)`: one arm per component schema, written by scripts/port_rust.py.
include!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../build/ports/rust/portdecode.rs"
));

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        [_, "run", url, token] => run(url, token),
        [_, "decode", path] => decode(path),
        _ => Err("usage: qarnot-port-rust run URL TOKEN | decode CASES.json".to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(url: &str, token: &str) -> Result<(), String> {
    let config = Configuration {
        base_path: url.to_string(),
        // The raw token in Authorization, no "Bearer" prefix.
        api_key: Some(ApiKey {
            prefix: None,
            key: token.to_string(),
        }),
        ..Configuration::default()
    };
    let mut task = models::CreateTaskPayload::new(Some("hello from rust".to_string()));
    task.profile = Some(Some("docker-batch".to_string()));
    task.instance_count = Some(Some(1));
    let command = models::KeyValue {
        key: Some(Some("DOCKER_CMD".to_string())),
        value: Some(Some("echo hello from rust".to_string())),
    };
    task.constants = Some(Some(vec![command]));
    let request = models::CreateTaskRequest::CreateTaskPayload(task);
    let created =
        tasks_api::create_task(&config, request).map_err(|e| format!("create task: {e}"))?;
    // create_task and create_jobs answer the same inline union, which the generator names once
    let uuid = match created {
        models::CreateJob200Response::UuidResponse(answer) => answer.uuid.unwrap_or_default(),
        other => return Err(format!("create task: not a {{uuid}}: {other:?}")),
    };
    println!("created task {uuid}");

    let deadline = Instant::now() + Duration::from_secs(60);
    let state = loop {
        let task = tasks_api::get_task_information(&config, &uuid, None)
            .map_err(|e| format!("get task: {e}"))?;
        let state = serde_json::to_value(&task.state).unwrap_or_default();
        let text = state.as_str().unwrap_or_default().to_string();
        if ["success", "failure", "cancelled"].contains(&text.to_lowercase().as_str()) {
            break text;
        }
        if Instant::now() > deadline {
            return Err(format!("task {uuid} still {state} after 60 s"));
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    println!("task state {state}");

    let stdout =
        tasks_api::get_task_stdout(&config, &uuid, None).map_err(|e| format!("stdout: {e}"))?;
    println!("stdout {:?}", stdout.trim());

    let (mut seen, mut pages, mut found) = (0, 0, false);
    let mut request = models::PaginateRequest::new();
    request.maximum_results = Some(Some(1));
    loop {
        let page = tasks_api::paginate_tasks(&config, request.clone(), None)
            .map_err(|e| format!("paginate: {e}"))?;
        pages += 1;
        for task in page.data.flatten().unwrap_or_default() {
            seen += 1;
            found |= task.uuid.as_deref() == Some(uuid.as_str());
        }
        match page.next_token.flatten() {
            Some(next) if page.is_truncated == Some(true) && !next.is_empty() => {
                request.token = Some(Some(next))
            }
            _ => break,
        }
    }
    println!("paginated {seen} task(s) in {pages} page(s), created task listed: {found}");

    let mut pool = models::CreatePoolPayload::new(
        Some("pool from rust".to_string()),
        Some("docker-batch".to_string()),
    );
    pool.instance_count = Some(Some(1));
    let pool_uuid = pools_api::create_pool(&config, pool)
        .map_err(|e| format!("create pool: {e}"))?
        .uuid
        .ok_or("create pool: no uuid in the answer")?;
    let pool = pools_api::get_pool_information(&config, &pool_uuid, None)
        .map_err(|e| format!("get pool: {e}"))?;
    println!(
        "pool {pool_uuid} named {:?}",
        pool.name.flatten().unwrap_or_default()
    );

    let page = hardware_constraints_api::list_hardware_constraints(&config, None, None, None)
        .map_err(|e| format!("hardware constraints: {e}"))?;
    for constraint in page.data.flatten().unwrap_or_default() {
        // the variant serde picked, next to the discriminator the body carried
        let wire = serde_json::to_value(&constraint).unwrap_or_default();
        println!(
            "hardware constraint {} (wire {})",
            variant(&constraint),
            wire["discriminator"]
        );
    }

    match tasks_api::get_task_information(&config, "00000000-0000-0000-0000-000000000000", None) {
        Err(Error::ResponseError(answer)) if answer.status.as_u16() == 404 => {
            println!(
                "missing task: {} ({})",
                answer.status,
                answer.content.trim()
            );
            Ok(())
        }
        other => Err(format!(
            "a missing task gave {other:?}, not a 404 ResponseError"
        )),
    }
}

fn variant(constraint: &models::HardwareConstraint) -> String {
    let debug = format!("{constraint:?}");
    debug.split('(').next().unwrap_or_default().to_string()
}

fn decode(path: &str) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let file: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))?;
    let cases = file["cases"].as_array().cloned().unwrap_or_default();
    let mut failed = 0;
    for case in &cases {
        let name = case["name"].as_str().unwrap_or_default();
        let outcome = match case["schema"].as_str() {
            None => Err(case["error"].as_str().unwrap_or("no schema").to_string()),
            Some(schema) => decode_one(schema, &case["body"]),
        };
        match outcome {
            Ok(()) => println!("ok   {name}"),
            Err(message) => {
                failed += 1;
                println!("FAIL {name}: {message}");
            }
        }
    }
    println!("decode: {} passed, {failed} failed", cases.len() - failed);
    if failed > 0 {
        return Err(format!("{failed} body(ies) did not decode"));
    }
    Ok(())
}

fn decode_one(schema: &str, body: &serde_json::Value) -> Result<(), String> {
    if schema.contains('|') {
        let mut failures = Vec::new();
        for branch in schema.split('|') {
            match decode_one(branch, body) {
                Ok(()) => return Ok(()),
                Err(message) => failures.push(message),
            }
        }
        return Err(format!(
            "no branch of the union decodes: {}",
            failures.join("; ")
        ));
    }
    if let Some(item) = schema.strip_prefix("[]") {
        let items = body
            .as_array()
            .ok_or_else(|| format!("as {schema}: not an array"))?;
        for (index, value) in items.iter().enumerate() {
            decode_one(item, value).map_err(|e| format!("item {index}: {e}"))?;
        }
        return Ok(());
    }
    let text = body.to_string();
    portdecode::decode(schema, &text).map_err(|e| format!("as {schema}: {e}"))
}
