package harness

// Every operation of the three product specs, called through the generated clients against
// Prism with request validation on (test/emit/go/code/wire.test.ts starts one Prism per spec and
// passes its address in SDKGEN_PRISM_<SPEC>): a request the spec does not allow would get an
// error answer, so a success proves the request was valid and the answer decoded.

import (
	"context"
	"errors"
	"net/http"
	"os"
	"testing"

	"github.com/antihax/optional"

	g4 "sdkgen.test/g4-sessions"
	looker3 "sdkgen.test/looker-3.0"
	looker4 "sdkgen.test/looker-4.0"
)

func prism(t *testing.T, spec string) string {
	t.Helper()
	url := os.Getenv("SDKGEN_PRISM_" + spec)
	if url == "" {
		t.Fatalf("SDKGEN_PRISM_%s is not set: run this through test/emit/go/code/wire.test.ts, which starts Prism", spec)
	}
	return url
}

// succeeded fails the test unless the call returned no error and a 200 answer.
func succeeded(t *testing.T, what string, res *http.Response, err error) {
	t.Helper()
	var apiErr interface{ Body() []byte }
	if errors.As(err, &apiErr) {
		t.Fatalf("%s: %v: %s", what, err, apiErr.Body())
	}
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	if res == nil || res.StatusCode != http.StatusOK {
		t.Fatalf("%s: answer %v, want 200", what, res)
	}
}

func TestG4SessionsOnPrism(t *testing.T) {
	cfg := g4.NewConfiguration()
	cfg.BasePath = prism(t, "G4_SESSIONS")
	client := g4.NewAPIClient(cfg)
	ctx := context.WithValue(context.Background(), g4.ContextAccessToken, "token")

	created, res, err := client.SessionsApi.SessionPost(ctx, "acme", g4.CreateSessionRequest{Username: "u", Password: "p"}, &g4.SessionPostOpts{XG4Application: optional.NewString("app")})
	succeeded(t, "SessionPost", res, err)
	if created.Version == "" || created.SessionId == nil || len(*created.Claims) == 0 {
		t.Fatalf("SessionPost decoded %+v", created)
	}

	got, res, err := client.SessionsApi.SessionIdGet(ctx, "acme", "s 1/2")
	succeeded(t, "SessionIdGet", res, err)
	if got.Bearer == "" {
		t.Fatalf("SessionIdGet decoded %+v", got)
	}

	res, err = client.SessionsApi.SessionIdPut(ctx, "acme", "s1", &g4.SessionIdPutOpts{Body: optional.NewInterface(map[string]interface{}{"cart": []int{1, 2}})})
	succeeded(t, "SessionIdPut", res, err)

	res, err = client.SessionsApi.SessionIdPut(ctx, "acme", "s1", nil)
	succeeded(t, "SessionIdPut without a body", res, err)

	res, err = client.SessionsApi.SessionIdDelete(ctx, "acme", "s1")
	succeeded(t, "SessionIdDelete", res, err)

	static, res, err := client.SessionsApi.StaticSessionIdGet(ctx, "acme", "s1")
	succeeded(t, "StaticSessionIdGet", res, err)
	if static.Bearer == "" {
		t.Fatalf("StaticSessionIdGet decoded %+v", static)
	}
}

// Without credentials Prism answers 401, which the spec does not declare: the error has the
// status and the raw body, and no model.
func TestG4PrismRefusesAMissingToken(t *testing.T) {
	cfg := g4.NewConfiguration()
	cfg.BasePath = prism(t, "G4_SESSIONS")
	_, res, err := g4.NewAPIClient(cfg).SessionsApi.SessionIdGet(context.Background(), "acme", "s1")
	var apiErr g4.GenericOpenAPIError
	if !errors.As(err, &apiErr) || res.StatusCode != http.StatusUnauthorized || apiErr.Model() != nil {
		t.Fatalf("want a 401 GenericOpenAPIError without model, got %v, %v", res, err)
	}
}

func TestLooker30OnPrism(t *testing.T) {
	cfg := looker3.NewConfiguration()
	cfg.BasePath = prism(t, "LOOKER_3_0")
	client := looker3.NewAPIClient(cfg)
	session, res, err := client.SessionApi.Session(context.Background())
	succeeded(t, "Session", res, err)
	updated, res, err := client.SessionApi.UpdateSession(context.Background(), looker3.ApiSession{WorkspaceId: "dev"})
	succeeded(t, "UpdateSession", res, err)
	if session.WorkspaceId == "" || updated.WorkspaceId == "" {
		t.Fatalf("decoded %+v and %+v", session, updated)
	}
}

func TestLooker40OnPrism(t *testing.T) {
	cfg := looker4.NewConfiguration()
	cfg.BasePath = prism(t, "LOOKER_4_0")
	client := looker4.NewAPIClient(cfg)
	session, res, err := client.SessionApi.Session(context.Background())
	succeeded(t, "Session", res, err)
	updated, res, err := client.SessionApi.UpdateSession(context.Background(), looker4.ApiSession{WorkspaceId: "production"})
	succeeded(t, "UpdateSession", res, err)
	if session.WorkspaceId == "" || updated.WorkspaceId == "" {
		t.Fatalf("decoded %+v and %+v", session, updated)
	}
}
