package atomic
import "testing"
func TestDbg(t *testing.T){ for _,c:=range Split("Pakistan has accused Afghanistan of providing safe haven to these militants, a charge the Taliban deny."){t.Logf("%+v",c)} }
