package se.sambruk.tillarbetslivet.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A pupil's choices entered by hand: up to six places, best first (empty choices are skipped). */
class ChoicesForm {

    private Long val1;
    private Long val2;
    private Long val3;
    private Long val4;
    private Long val5;
    private Long val6;

    static ChoicesForm of(List<Long> choices) {
        ChoicesForm form = new ChoicesForm();
        Long[] v = new Long[6];
        for (int i = 0; i < Math.min(6, choices.size()); i++) {
            v[i] = choices.get(i);
        }
        form.val1 = v[0];
        form.val2 = v[1];
        form.val3 = v[2];
        form.val4 = v[3];
        form.val5 = v[4];
        form.val6 = v[5];
        return form;
    }

    /** The chosen places in order, empty choices left out. */
    List<Long> choices() {
        return new ArrayList<>(Arrays.asList(val1, val2, val3, val4, val5, val6).stream().filter(Objects::nonNull).toList());
    }

    /** The field of each choice, in order: val1 … val6. */
    List<Long> all() {
        return Arrays.asList(val1, val2, val3, val4, val5, val6);
    }

    public Long getVal1() { return val1; }
    public void setVal1(Long val1) { this.val1 = val1; }
    public Long getVal2() { return val2; }
    public void setVal2(Long val2) { this.val2 = val2; }
    public Long getVal3() { return val3; }
    public void setVal3(Long val3) { this.val3 = val3; }
    public Long getVal4() { return val4; }
    public void setVal4(Long val4) { this.val4 = val4; }
    public Long getVal5() { return val5; }
    public void setVal5(Long val5) { this.val5 = val5; }
    public Long getVal6() { return val6; }
    public void setVal6(Long val6) { this.val6 = val6; }
}
