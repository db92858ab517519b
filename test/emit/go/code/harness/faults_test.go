package harness

// The generated clients against a server of our own on 127.0.0.1 that answers what Prism will
// not: declared error bodies, undeclared statuses, bodies that do not decode, answers that never
// come (deadlines and cancellation through the context), and it records what the client sent
// (credentials from the context, headers, path escaping, the JSON body).

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/antihax/optional"
	"golang.org/x/oauth2"

	g4 "sdkgen.test/g4-sessions"
	looker4 "sdkgen.test/looker-4.0"
)

// answer serves one status, content type and body, and keeps the last request and its body.
type answer struct {
	status      int
	contentType string
	body        string
	request     *http.Request
	sent        []byte
}

func (a *answer) serve(t *testing.T) *httptest.Server {
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a.request = r
		a.sent, _ = io.ReadAll(r.Body)
		w.Header().Set("Content-Type", a.contentType)
		w.WriteHeader(a.status)
		_, _ = io.WriteString(w, a.body)
	}))
	t.Cleanup(server.Close)
	return server
}

func g4Client(url string) *g4.APIClient {
	cfg := g4.NewConfiguration()
	cfg.BasePath = url
	return g4.NewAPIClient(cfg)
}

func looker4Client(url string) *looker4.APIClient {
	cfg := looker4.NewConfiguration()
	cfg.BasePath = url
	return looker4.NewAPIClient(cfg)
}

func TestDeclaredErrorBodiesDecodeIntoTheirModels(t *testing.T) {
	problem := &answer{status: 400, contentType: "application/problem+json", body: `{"title":"bad tenant","status":400}`}
	_, res, err := g4Client(problem.serve(t).URL).SessionsApi.SessionIdGet(context.Background(), "acme", "s1")
	var apiErr g4.GenericOpenAPIError
	if !errors.As(err, &apiErr) || res.StatusCode != 400 || apiErr.Error() != "400 Bad Request" {
		t.Fatalf("want a 400 GenericOpenAPIError, got %v %v", res, err)
	}
	details, ok := apiErr.Model().(g4.ProblemDetails)
	if !ok || *details.Title != "bad tenant" || *details.Status != 400 || string(apiErr.Body()) != problem.body {
		t.Fatalf("model %#v, body %q", apiErr.Model(), apiErr.Body())
	}

	invalid := &answer{status: 422, contentType: "application/json", body: `{"message":"no","documentation_url":"d","errors":[{"field":"workspace_id","code":"missing","documentation_url":"e"}]}`}
	_, _, err = looker4Client(invalid.serve(t).URL).SessionApi.UpdateSession(context.Background(), looker4.ApiSession{})
	var lookerErr looker4.GenericOpenAPIError
	if !errors.As(err, &lookerErr) {
		t.Fatalf("want a GenericOpenAPIError, got %v", err)
	}
	validation, ok := lookerErr.Model().(looker4.ValidationError)
	if !ok || validation.Message != "no" || len(validation.Errors) != 1 || validation.Errors[0].Field != "workspace_id" {
		t.Fatalf("model %#v", lookerErr.Model())
	}

	missing := &answer{status: 404, contentType: "application/json", body: `{"message":"gone","documentation_url":"d"}`}
	_, _, err = looker4Client(missing.serve(t).URL).SessionApi.Session(context.Background())
	if !errors.As(err, &lookerErr) {
		t.Fatalf("want a GenericOpenAPIError, got %v", err)
	}
	if model, ok := lookerErr.Model().(looker4.Error); !ok || model.Message != "gone" {
		t.Fatalf("model %#v", lookerErr.Model())
	}
}

func TestUndeclaredAndUndecodableErrorsKeepTheBody(t *testing.T) {
	crash := &answer{status: 503, contentType: "text/plain", body: "down for maintenance"}
	res, err := g4Client(crash.serve(t).URL).SessionsApi.SessionIdDelete(context.Background(), "acme", "s1")
	var apiErr g4.GenericOpenAPIError
	if !errors.As(err, &apiErr) || res.StatusCode != 503 || apiErr.Model() != nil || string(apiErr.Body()) != crash.body {
		t.Fatalf("want a 503 with its body and no model, got %v %v", res, err)
	}

	garbled := &answer{status: 400, contentType: "application/json", body: `{"title": `}
	_, _, err = g4Client(garbled.serve(t).URL).SessionsApi.SessionIdGet(context.Background(), "acme", "s1")
	if !errors.As(err, &apiErr) || apiErr.Model() != nil || !strings.HasPrefix(apiErr.Error(), "400 Bad Request: ") {
		t.Fatalf("want the status and why the body did not decode, got %v", err)
	}

	wrongShape := &answer{status: 200, contentType: "application/json", body: `{"bearer": 7}`}
	_, _, err = g4Client(wrongShape.serve(t).URL).SessionsApi.SessionIdGet(context.Background(), "acme", "s1")
	if !errors.As(err, &apiErr) || string(apiErr.Body()) != wrongShape.body {
		t.Fatalf("want a decoding error with the body, got %v", err)
	}
}

// waiting answers only when the request's context ends, and says when a request has arrived.
func waiting(t *testing.T) (*httptest.Server, chan struct{}) {
	arrived := make(chan struct{}, 1)
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		arrived <- struct{}{}
		<-r.Context().Done()
	}))
	t.Cleanup(server.Close)
	return server, arrived
}

func TestADeadlineInTheContextEndsTheCall(t *testing.T) {
	server, _ := waiting(t)
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	_, _, err := g4Client(server.URL).SessionsApi.SessionIdGet(ctx, "acme", "s1")
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("want context.DeadlineExceeded, got %v", err)
	}
}

func TestCancellingTheContextEndsTheCall(t *testing.T) {
	server, arrived := waiting(t)
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-arrived
		cancel()
	}()
	_, _, err := looker4Client(server.URL).SessionApi.Session(ctx)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("want context.Canceled, got %v", err)
	}
}

func TestCredentialsComeFromTheContext(t *testing.T) {
	seen := &answer{status: 200, contentType: "application/json", body: `{}`}
	client := looker4Client(seen.serve(t).URL)
	cases := []struct {
		name string
		ctx  context.Context
		want string
	}{
		{"access token", context.WithValue(context.Background(), looker4.ContextAccessToken, "tok"), "Bearer tok"},
		{"basic", context.WithValue(context.Background(), looker4.ContextBasicAuth, looker4.BasicAuth{UserName: "u", Password: "p:w"}), "Basic " + base64.StdEncoding.EncodeToString([]byte("u:p:w"))},
		{"oauth2", context.WithValue(context.Background(), looker4.ContextOAuth2, oauth2.StaticTokenSource(&oauth2.Token{AccessToken: "o2", TokenType: "Bearer"})), "Bearer o2"},
		{"none", context.Background(), ""},
	}
	for _, c := range cases {
		if _, _, err := client.SessionApi.Session(c.ctx); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := seen.request.Header.Get("Authorization"); got != c.want {
			t.Fatalf("%s: Authorization %q, want %q", c.name, got, c.want)
		}
	}
}

func TestTheRequestIsWhatTheSpecDescribes(t *testing.T) {
	seen := &answer{status: 200, contentType: "application/json", body: `{"validCredentials":true,"accessAllowed":false,"sessionId":null,"userId":7,"username":null,"fullname":null,"email":null,"bearer":null,"claims":null,"roles":["r"],"profiles":null,"version":"2"}`}
	cfg := g4.NewConfiguration()
	cfg.BasePath = seen.serve(t).URL + "/api"
	cfg.AddDefaultHeader("X-Extra", "yes")
	client := g4.NewAPIClient(cfg)

	created, _, err := client.SessionsApi.SessionPost(context.Background(), "acme", g4.CreateSessionRequest{Username: "u", Password: "p"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	r := seen.request
	if r.Method != "POST" || r.URL.Path != "/api/session" || r.Header.Get("x-g4-tenant") != "acme" || r.Header.Get("x-g4-application") != "" {
		t.Fatalf("request %s %s %v", r.Method, r.URL, r.Header)
	}
	if r.Header.Get("Content-Type") != "application/json" || r.Header.Get("Accept") != "application/json" || r.Header.Get("X-Extra") != "yes" || r.Header.Get("User-Agent") != cfg.UserAgent {
		t.Fatalf("headers %v", r.Header)
	}
	var body map[string]interface{}
	if err := json.Unmarshal(seen.sent, &body); err != nil || len(body) != 2 || body["username"] != "u" || body["password"] != "p" {
		t.Fatalf("body %s: optional fields left unset must not be sent", seen.sent)
	}
	if created.SessionId != nil || created.Claims != nil || *created.UserId != 7 || (*created.Roles)[0] != "r" || created.Version != "2" {
		t.Fatalf("decoded %+v", created)
	}

	_, _, err = client.SessionsApi.SessionPost(context.Background(), "acme", g4.CreateSessionRequest{Username: "u", Password: "p"}, &g4.SessionPostOpts{XG4Application: optional.NewString("app")})
	if err != nil || seen.request.Header.Get("x-g4-application") != "app" {
		t.Fatalf("optional header: %v %v", err, seen.request.Header)
	}

	_, _, err = client.SessionsApi.SessionIdGet(context.Background(), "acme", "a/b c?d#e")
	if err != nil {
		t.Fatal(err)
	}
	if got := seen.request.URL.EscapedPath(); got != "/api/session/a%2Fb%20c%3Fd%23e" {
		t.Fatalf("path %q: a path parameter must stay one escaped segment", got)
	}
}
