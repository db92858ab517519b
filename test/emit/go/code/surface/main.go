// Command surface prints the exported surface of the Go packages in the given folders as JSON:
// for each folder, its exported types (struct fields with their types), functions, methods
// (with receiver, parameter names and types, results) and package-level values. Run with
// `go run main.go DIR...`; it reads the source with go/parser only, so nothing is compiled.
package main

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"sort"
	"strings"
)

type field struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

type typeDecl struct {
	Name   string  `json:"name"`
	Kind   string  `json:"kind"`
	Type   string  `json:"type"`
	Fields []field `json:"fields"`
}

type funcDecl struct {
	Receiver string   `json:"receiver"`
	Name     string   `json:"name"`
	Params   []field  `json:"params"`
	Results  []string `json:"results"`
}

type surface struct {
	Package string     `json:"package"`
	Types   []typeDecl `json:"types"`
	Funcs   []funcDecl `json:"funcs"`
	Values  []string   `json:"values"`
}

// typeText prints a type as the docs spell it: the import aliases of the generated code
// (_context, _nethttp) back to their package names.
func typeText(expr ast.Expr) string {
	text := types.ExprString(expr)
	return strings.NewReplacer("_context.", "context.", "_nethttp.", "http.", "_neturl.", "url.").Replace(text)
}

func fields(list *ast.FieldList) []field {
	out := []field{}
	if list == nil {
		return out
	}
	for _, f := range list.List {
		if len(f.Names) == 0 {
			out = append(out, field{Name: "", Type: typeText(f.Type)})
		}
		for _, name := range f.Names {
			out = append(out, field{Name: name.Name, Type: typeText(f.Type)})
		}
	}
	return out
}

func read(dir string) (surface, error) {
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, dir, func(info os.FileInfo) bool { return !strings.HasSuffix(info.Name(), "_test.go") }, 0)
	if err != nil {
		return surface{}, err
	}
	s := surface{Types: []typeDecl{}, Funcs: []funcDecl{}, Values: []string{}}
	for name, pkg := range pkgs {
		s.Package = name
		for _, file := range pkg.Files {
			for _, decl := range file.Decls {
				switch d := decl.(type) {
				case *ast.GenDecl:
					for _, spec := range d.Specs {
						switch sp := spec.(type) {
						case *ast.TypeSpec:
							if !sp.Name.IsExported() {
								continue
							}
							t := typeDecl{Name: sp.Name.Name, Kind: "type", Type: typeText(sp.Type), Fields: []field{}}
							if st, ok := sp.Type.(*ast.StructType); ok {
								t.Kind = "struct"
								t.Type = ""
								t.Fields = fields(st.Fields)
							}
							s.Types = append(s.Types, t)
						case *ast.ValueSpec:
							for _, n := range sp.Names {
								if n.IsExported() {
									s.Values = append(s.Values, n.Name)
								}
							}
						}
					}
				case *ast.FuncDecl:
					if !d.Name.IsExported() {
						continue
					}
					f := funcDecl{Name: d.Name.Name, Params: fields(d.Type.Params), Results: []string{}}
					if d.Recv != nil && len(d.Recv.List) > 0 {
						f.Receiver = strings.TrimPrefix(typeText(d.Recv.List[0].Type), "*")
					}
					for _, r := range fields(d.Type.Results) {
						f.Results = append(f.Results, r.Type)
					}
					s.Funcs = append(s.Funcs, f)
				}
			}
		}
	}
	sort.Slice(s.Types, func(i, j int) bool { return s.Types[i].Name < s.Types[j].Name })
	sort.Slice(s.Funcs, func(i, j int) bool {
		return s.Funcs[i].Receiver+"."+s.Funcs[i].Name < s.Funcs[j].Receiver+"."+s.Funcs[j].Name
	})
	sort.Strings(s.Values)
	return s, nil
}

func main() {
	out := map[string]surface{}
	for _, dir := range os.Args[1:] {
		s, err := read(dir)
		if err != nil {
			os.Stderr.WriteString(dir + ": " + err.Error() + "\n")
			os.Exit(1)
		}
		out[dir] = s
	}
	encoder := json.NewEncoder(os.Stdout)
	encoder.SetIndent("", " ")
	if err := encoder.Encode(out); err != nil {
		os.Exit(1)
	}
}
