//go:build tools

// Package tools names what this module builds, so that `go mod tidy` keeps it: the CLI, and the package
// whose Version variable the build stamps (as Pulumi's release build does; Automation API parses it).
package tools

import (
	_ "github.com/pulumi/pulumi/pkg/v3/cmd/pulumi"
	_ "github.com/pulumi/pulumi/sdk/v3/go/common/version"
)
