module github.com/qarnot/qarnot-port-go

go 1.23

require github.com/qarnot/qarnot-api-go v0.0.0

require gopkg.in/validator.v2 v2.0.1 // indirect

// The generated client is a build output: `make port-go` writes it there.
replace github.com/qarnot/qarnot-api-go => ../../build/ports/go/client
