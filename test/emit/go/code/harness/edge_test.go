package harness

// The client of test/fixtures/go/edge.yaml against the recording server: every parameter
// location (path with spaces, exploded query array, date-time query, header, cookie), an API key
// from the context, a multipart upload with a file, a form body (field by field, and as a model),
// and a binary answer read into a file.

import (
	"context"
	"io"
	"mime"
	"mime/multipart"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/antihax/optional"

	edge "sdkgen.test/edge"
)

func edgeClient(url string) *edge.APIClient {
	cfg := edge.NewConfiguration()
	cfg.BasePath = url
	return edge.NewAPIClient(cfg)
}

func TestEveryParameterLocationReachesTheServer(t *testing.T) {
	seen := &answer{status: 200, contentType: "application/json", body: `[[{"next":null,"range":"r"}]]`}
	client := edgeClient(seen.serve(t).URL)
	ctx := context.WithValue(context.Background(), edge.ContextAPIKey, edge.APIKey{Key: "k", Prefix: "Token"})
	since := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	opts := &edge.CallRangeOpts{Since: optional.NewTime(since), XTrace: optional.NewFloat64(1.5), Session: optional.NewString("s")}
	nodes, _, err := client.SmokeTestApi.CallRange(ctx, "a b", []int64{1, 2}, opts)
	if err != nil {
		t.Fatal(err)
	}
	r := seen.request
	query := r.URL.Query()
	if r.URL.EscapedPath() != "/things/a%20b/by%20name" || strings.Join(query["url"], ",") != "1,2" || query.Get("since") != "2024-01-02T03:04:05Z" || query.Has("body") {
		t.Fatalf("url %s", r.URL)
	}
	cookie, err := r.Cookie("session")
	if err != nil || cookie.Value != "s" || r.Header.Get("X-Trace") != "1.5" || r.Header.Get("X-Api-Key") != "Token k" {
		t.Fatalf("headers %v", r.Header)
	}
	if len(nodes) != 1 || len(nodes[0]) != 1 || nodes[0][0].Range != "r" || nodes[0][0].Next != nil {
		t.Fatalf("decoded %+v", nodes)
	}
}

func TestAMultipartUploadSendsItsFileAndReadsABinaryAnswer(t *testing.T) {
	seen := &answer{status: 201, contentType: "application/octet-stream", body: "stored bytes"}
	client := edgeClient(seen.serve(t).URL)
	path := filepath.Join(t.TempDir(), "hello.txt")
	if err := os.WriteFile(path, []byte("hello"), 0o600); err != nil {
		t.Fatal(err)
	}
	file, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	// A list of files under one field is one part per file.
	var extras []*os.File
	for _, name := range []string{"a.txt", "b.txt"} {
		extraPath := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(extraPath, []byte(name), 0o600); err != nil {
			t.Fatal(err)
		}
		extra, err := os.Open(extraPath)
		if err != nil {
			t.Fatal(err)
		}
		defer extra.Close()
		extras = append(extras, extra)
	}
	opts := &edge.UploadPostOpts{Note: optional.NewString("n"), Extras: optional.NewInterface(extras)}
	stored, res, err := client.ForWindowsApi.UploadPost(context.Background(), file, opts)
	if err != nil || res.StatusCode != 201 {
		t.Fatalf("%v %v", res, err)
	}
	defer os.Remove(stored.Name())
	if got, _ := io.ReadAll(stored); string(got) != "stored bytes" {
		t.Fatalf("answer %q", got)
	}
	kind, params, err := mime.ParseMediaType(seen.request.Header.Get("Content-Type"))
	if err != nil || kind != "multipart/form-data" {
		t.Fatalf("content type %q", seen.request.Header.Get("Content-Type"))
	}
	form, err := multipart.NewReader(strings.NewReader(string(seen.sent)), params["boundary"]).ReadForm(1 << 20)
	if err != nil {
		t.Fatal(err)
	}
	if form.Value["note"][0] != "n" || len(form.File["file"]) != 1 || form.File["file"][0].Filename != "hello.txt" || len(form.File["extra"]) != 0 {
		t.Fatalf("form %+v", form)
	}
	part, _ := form.File["file"][0].Open()
	if got, _ := io.ReadAll(part); string(got) != "hello" {
		t.Fatalf("file part %q", got)
	}
	if len(form.File["extras"]) != 2 || form.File["extras"][0].Filename != "a.txt" || form.File["extras"][1].Filename != "b.txt" {
		t.Fatalf("extras %+v", form.File["extras"])
	}
	for _, header := range form.File["extras"] {
		part, _ := header.Open()
		if got, _ := io.ReadAll(part); string(got) != header.Filename {
			t.Fatalf("extras part %q has %q", header.Filename, got)
		}
	}
}

// A form declared MULTIPART/MIXED is a form still: its fields go as parts, under the spec's
// subtype (lower-cased) with the boundary.
func TestAMultipartBodyOfAnotherSubtypeSendsItsParts(t *testing.T) {
	seen := &answer{status: 204}
	res, err := edgeClient(seen.serve(t).URL).DefaultApi.MixedParts(context.Background(), &edge.MixedPartsOpts{Label: optional.NewString("x")})
	if err != nil || res.StatusCode != 204 {
		t.Fatalf("%v %v", res, err)
	}
	kind, params, err := mime.ParseMediaType(seen.request.Header.Get("Content-Type"))
	if err != nil || kind != "multipart/mixed" {
		t.Fatalf("content type %q", seen.request.Header.Get("Content-Type"))
	}
	form, err := multipart.NewReader(strings.NewReader(string(seen.sent)), params["boundary"]).ReadForm(1 << 20)
	if err != nil || len(form.Value["label"]) != 1 || form.Value["label"][0] != "x" {
		t.Fatalf("form %+v %v", form, err)
	}
}

// A request body the spec names by $ref is one model argument (as 4.2.1's docs list it), and its
// fields still reach the server as form fields: arrays comma-separated, a nested object as JSON,
// an empty field left out by its omitempty.
func TestAFormBodyGivenAsAModelIsSentAsItsFields(t *testing.T) {
	seen := &answer{status: 204}
	body := edge.FormFields{Count: 3, Tags: []string{"a", "b"}, Note: "hi there", Detail: edge.Cat{Meow: true}}
	res, err := edgeClient(seen.serve(t).URL).DefaultApi.FormModel(context.Background(), body)
	if err != nil || res.StatusCode != 204 {
		t.Fatalf("%v %v", res, err)
	}
	want := "count=3&detail=%7B%22meow%22%3Atrue%7D&note=hi+there&tags=a%2Cb"
	if seen.request.Header.Get("Content-Type") != "application/x-www-form-urlencoded" || string(seen.sent) != want {
		t.Fatalf("sent %q as %q", seen.sent, seen.request.Header.Get("Content-Type"))
	}
}

func TestAFormBodyIsURLEncoded(t *testing.T) {
	seen := &answer{status: 204}
	res, err := edgeClient(seen.serve(t).URL).DefaultApi.FormPut(context.Background(), &edge.FormPutOpts{Count: optional.NewInt32(3), Tags: optional.NewInterface([]string{"a", "b"})})
	if err != nil || res.StatusCode != 204 {
		t.Fatalf("%v %v", res, err)
	}
	if seen.request.Header.Get("Content-Type") != "application/x-www-form-urlencoded" || string(seen.sent) != "count=3&tags=a%2Cb" {
		t.Fatalf("sent %q as %q", seen.sent, seen.request.Header.Get("Content-Type"))
	}
}
