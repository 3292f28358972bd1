// Command qarnot-port-go drives the Go client generated from openapi/qarnot.yaml.
//
//	qarnot-port-go run URL TOKEN      one task end to end, a pool, the hardware constraints, a 404
//	qarnot-port-go decode CASES.json  decode every real body through the generated models
//
// The client itself is a build output (make port-go generates it into build/ports/go/client); go.mod
// points the module path at that folder.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	qarnot "github.com/qarnot/qarnot-api-go"
	"github.com/qarnot/qarnot-api-go/portdecode"
)

func main() {
	var err error
	switch {
	case len(os.Args) == 4 && os.Args[1] == "run":
		err = run(os.Args[2], os.Args[3])
	case len(os.Args) == 3 && os.Args[1] == "decode":
		err = decode(os.Args[2])
	default:
		err = errors.New("usage: qarnot-port-go run URL TOKEN | decode CASES.json")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

func run(url, token string) error {
	cfg := qarnot.NewConfiguration()
	cfg.Servers = qarnot.ServerConfigurations{{URL: url}}
	api := qarnot.NewAPIClient(cfg)
	// The raw token in Authorization, no "Bearer" prefix.
	ctx := context.WithValue(context.Background(), qarnot.ContextAPIKeys,
		map[string]qarnot.APIKey{"apiKey": {Key: token}})

	payload := qarnot.NewCreateTaskPayloadWithDefaults()
	payload.SetName("hello from go")
	payload.SetProfile("docker-batch")
	payload.SetInstanceCount(1)
	command := qarnot.NewKeyValue()
	command.SetKey("DOCKER_CMD")
	command.SetValue("echo hello from go")
	payload.SetConstants([]qarnot.KeyValue{*command})
	created, _, err := api.TasksAPI.CreateTask(ctx).
		CreateTaskRequest(qarnot.CreateTaskRequest{CreateTaskPayload: payload}).Execute()
	if err != nil {
		return fmt.Errorf("create task: %w", err)
	}
	if created.UuidResponse == nil {
		return errors.New("create task: the answer is not a {uuid}")
	}
	uuid := created.UuidResponse.GetUuid()
	fmt.Println("created task", uuid)

	state, err := waitForTask(ctx, api, uuid, time.Minute)
	if err != nil {
		return err
	}
	fmt.Println("task state", state)

	stdout, _, err := api.TasksAPI.GetTaskStdout(ctx, uuid).Execute()
	if err != nil {
		return fmt.Errorf("stdout: %w", err)
	}
	// The spec allows text/plain or a JSON string; the generated client hands back the body as it came.
	var decoded string
	if json.Unmarshal([]byte(stdout), &decoded) == nil {
		stdout = decoded
	}
	fmt.Printf("stdout %q\n", strings.TrimSpace(stdout))

	seen, pages := 0, 0
	found := false
	request := qarnot.NewPaginateRequest()
	request.SetMaximumResults(1)
	for {
		page, _, err := api.TasksAPI.PaginateTasks(ctx).PaginateRequest(*request).Execute()
		if err != nil {
			return fmt.Errorf("paginate tasks: %w", err)
		}
		pages++
		for _, task := range page.GetData() {
			seen++
			found = found || task.GetUuid() == uuid
		}
		next := page.GetNextToken()
		if !page.GetIsTruncated() || next == "" {
			break
		}
		request.SetToken(next)
	}
	fmt.Printf("paginated %d task(s) in %d page(s), created task listed: %t\n", seen, pages, found)

	poolPayload := qarnot.NewCreatePoolPayloadWithDefaults()
	poolPayload.SetName("pool from go")
	poolPayload.SetProfile("docker-batch")
	poolPayload.SetInstanceCount(1)
	poolCreated, _, err := api.PoolsAPI.CreatePool(ctx).CreatePoolPayload(*poolPayload).Execute()
	if err != nil {
		return fmt.Errorf("create pool: %w", err)
	}
	pool, _, err := api.PoolsAPI.GetPoolInformation(ctx, poolCreated.GetUuid()).Execute()
	if err != nil {
		return fmt.Errorf("get pool: %w", err)
	}
	fmt.Printf("pool %s named %q in state %s\n", pool.GetUuid(), pool.GetName(), openValue(pool.State))

	failed := false
	constraints, _, err := api.HardwareConstraintsAPI.ListHardwareConstraints(ctx).Execute()
	if err != nil {
		// go on with the 404 check, but fail the run
		fmt.Println("hardware constraints FAILED:", err)
		failed = true
	} else {
		for _, constraint := range constraints.GetData() {
			fmt.Println("hardware constraint", variant(constraint.GetActualInstance()))
		}
	}

	_, response, err := api.TasksAPI.GetTaskInformation(ctx, "00000000-0000-0000-0000-000000000000").Execute()
	var apiError *qarnot.GenericOpenAPIError
	if !errors.As(err, &apiError) || response == nil {
		return fmt.Errorf("a missing task gave %v, not a GenericOpenAPIError", err)
	}
	body, _ := apiError.Model().(qarnot.ErrorBody)
	fmt.Printf("missing task: %d (message %q)\n", response.StatusCode, body.GetMessage())
	if failed {
		return errors.New("some steps failed")
	}
	return nil
}

// waitForTask polls until the task reaches a final state (compared case-insensitively: the wire mixes casings).
func waitForTask(ctx context.Context, api *qarnot.APIClient, uuid string, limit time.Duration) (string, error) {
	deadline := time.Now().Add(limit)
	for {
		task, _, err := api.TasksAPI.GetTaskInformation(ctx, uuid).Execute()
		if err != nil {
			return "", fmt.Errorf("get task: %w", err)
		}
		state := openValue(task.State)
		switch strings.ToLower(state) {
		case "success", "failure", "cancelled":
			return state, nil
		}
		if time.Now().After(deadline) {
			return "", fmt.Errorf("task %s still %s after %s", uuid, state, limit)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// openValue is the text of an open enum (anyOf known enum / any string), whichever branch decoded it.
func openValue(value json.Marshaler) string {
	raw, err := value.MarshalJSON()
	if err != nil {
		return ""
	}
	var text string
	_ = json.Unmarshal(raw, &text)
	return text
}

// variant names the Go type a union decoded to (*qarnot.GpuHardwareConstraint -> GpuHardwareConstraint).
func variant(instance interface{}) string {
	return strings.TrimPrefix(fmt.Sprintf("%T", instance), "*qarnot.")
}

type decodeCase struct {
	Name   string          `json:"name"`
	Schema *string         `json:"schema"`
	Body   json.RawMessage `json:"body"`
	Error  string          `json:"error"`
}

func decode(path string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var file struct {
		Cases []decodeCase `json:"cases"`
	}
	if err := json.Unmarshal(raw, &file); err != nil {
		return err
	}
	failed := 0
	for _, c := range file.Cases {
		err := decodeOne(c)
		if err != nil {
			failed++
			fmt.Printf("FAIL %s: %v\n", c.Name, err)
		} else {
			fmt.Printf("ok   %s\n", c.Name)
		}
	}
	fmt.Printf("decode: %d passed, %d failed\n", len(file.Cases)-failed, failed)
	if failed > 0 {
		return fmt.Errorf("%d body(ies) did not decode", failed)
	}
	return nil
}

func decodeOne(c decodeCase) error {
	if c.Schema == nil {
		return errors.New(c.Error)
	}
	schema := *c.Schema
	if strings.Contains(schema, "|") {
		var failures []string
		for _, branch := range strings.Split(schema, "|") {
			err := decodeOne(decodeCase{Schema: &branch, Body: c.Body})
			if err == nil {
				return nil
			}
			failures = append(failures, err.Error())
		}
		return errors.New("no branch of the union decodes: " + strings.Join(failures, "; "))
	}
	if item, isArray := strings.CutPrefix(schema, "[]"); isArray {
		var items []json.RawMessage
		if err := json.Unmarshal(c.Body, &items); err != nil {
			return fmt.Errorf("as %s: %w", schema, err)
		}
		for index, body := range items {
			if err := decodeOne(decodeCase{Schema: &item, Body: body}); err != nil {
				return fmt.Errorf("item %d: %w", index, err)
			}
		}
		return nil
	}
	if schema == "string" {
		var text string
		return json.Unmarshal(c.Body, &text)
	}
	decoder, known := portdecode.Decoders[schema]
	if !known {
		return fmt.Errorf("the generated client has no model %s", schema)
	}
	if err := decoder(c.Body); err != nil {
		return fmt.Errorf("as %s: %w", schema, err)
	}
	return nil
}
