var t="sdk_fiat_on_ramp_completed_with_status";export{t as a};
